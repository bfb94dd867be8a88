package id.perpustakaan.jembatan.routes.normalise.regulation;

import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.routes.normalise.Titles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance over the statutes in {@code ../shared/corpus/indonesian/regulations_fulltext} (see its SOURCES.md):
 * runs when the corpus is beside the repository, and is skipped, saying so, when it is not.
 *
 * <p>Each file is read with the title the normaliser would choose for it (its first line, cut to length), as in
 * the pipeline, and again from its text alone. The expected values were read off the files themselves: only
 * UU 43/2009 revokes anything (UU 7/1971, in its closing Pasal); the amendments that UU 25/2009 cites among its
 * grounds are other laws' amendments, not its own. The conversions lost UU 25/2009's and UU 43/2009's signing
 * lines but kept their promulgation lines; UU 14/2008's lines lost the place ("Disahkan di pada tanggal …").
 */
class RegulationCorpusTest {

    private static final Path CORPUS = locate();
    private static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2026-12-04T10:00:00+07:00[Asia/Jakarta]");

    @BeforeEach
    void needsTheCorpus() {
        assumeTrue(CORPUS != null,
                "../shared/corpus/indonesian/regulations_fulltext is not beside the repository: corpus tests skipped");
    }

    @ParameterizedTest(name = "{0} is {1} {2}/{3} tentang {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            uu_2007_43.md | UU | 43 | 2007 | PERPUSTAKAAN                                                       | -         | 2007-11-01 | 2007-11-01
            pp_2014_24.md | PP | 24 | 2014 | PELAKSANAAN UNDANG-UNDANG NOMOR 43 TAHUN 2007 TENTANG PERPUSTAKAAN | -         | 2014-04-14 | 2014-04-14
            uu_2008_14.md | UU | 14 | 2008 | KETERBUKAAN INFORMASI PUBLIK                                       | -         | 2008-04-30 | 2008-04-30
            uu_2009_43.md | UU | 43 | 2009 | KEARSIPAN                                                          | UU 7/1971 | -          | 2009-10-23
            uu_2009_25.md | UU | 25 | 2009 | PELAYANAN PUBLIK                                                   | -         | -          | 2009-07-18
            pp_1945_2.md  | PP | 2  | 1945 | BADAN-BADAN DAN PERATURAN PEMERINTAH DULU                          | -         | -          | -
            """)
    void readsTheIdentityOfEachStatuteWithOrWithoutItsTitle(String file, String jenis, String nomor, int tahun,
                                                           String tentang, String revokes, LocalDate penetapan,
                                                           LocalDate pengundangan) throws Exception {
        String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);

        Regulation expected = new Regulation(jenis, nomor, tahun, tentang, List.of(),
                revokes == null ? List.of() : Arrays.asList(revokes.split(",")), penetapan, pengundangan);

        assertThat(RegulationParser.parse(Titles.choose(null, text, file), text)).contains(expected);
        assertThat(RegulationParser.parse(null, text)).as("from the text alone").contains(expected);
    }

    @ParameterizedTest(name = "{0} is titled {1}")
    @CsvSource(delimiter = '|', textBlock = """
            uu_2009_25.md | Undang-Undang Republik Indonesia Nomor 25 Tahun 2009 tentang Pelayanan publik
            pp_2014_24.md | Peraturan Pemerintah Republik Indonesia Nomor 24 Tahun 2014 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2007 tentang perpustakaan
            """)
    void titlesAStatuteFromItsFieldsNotFromItsRepeatedHeader(String file, String title) throws Exception {
        String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);

        assertThat(RegulationParser.read(Titles.choose(null, text, file), text, REFERENCE))
                .map(RegulationReading::title).contains(title);
    }

    private static Path locate() {
        return SharedCorpus.find("indonesian/regulations_fulltext").orElse(null);
    }
}
