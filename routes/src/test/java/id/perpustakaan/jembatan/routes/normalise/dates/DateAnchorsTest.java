package id.perpustakaan.jembatan.routes.normalise.dates;

import static id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDatesTest.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Running the date forms only around their anchor words finds exactly what running them everywhere finds: on
 * generated announcements full of dates, on texts that stretch a date with long white space, and on the
 * regulation texts of {@code ../shared/corpus/indonesian} when they are beside the repository.
 */
class DateAnchorsTest {

    private static final String[] DATES = {
            "Senin, 3 Maret 2025 pukul 08.00 s.d. 12.00 WIB", "tanggal 3 bulan Maret tahun 2025", "3 Agt. 2025",
            "hari Jum'at, tgl. 12 - Desember - 2025 jam 3 sore", "March 3rd, 2025", "27/02/2025", "3.3.2025",
            "No. 12/03/2024", "2025-03-03T10:00:00+07:00", "2025-03-03 10:00 WITA", "bulan April tahun 2025",
            "2 hari yang lalu", "seminggu lalu", "kemarin", "kemarin lusa", "hari ini", "besok", "lusa",
            "31 Februari 2025", "Pasal 12 ayat (3)", "Nomor 800/123/Disdik/2025", "12/03/2024/SK", "Agustus 2025",
            "pukul 10.00", "Sawahlunto, 3 Maret 2025", "15 Mei", "Tahun Anggaran 2025", "0812-3456-7890",
    };
    private static final String[] FILLER = {
            "Pendaftaran dibuka", "paling lambat", "sampai dengan", "di aula", "Dinas Pendidikan", ",", ".", "\n",
            "       ", "\n\n\n", "berlaku sampai", "pada", "yang", "lalu", "hari", "Maret", "2025", "-", "/",
    };

    @Test
    void findsWhatTheFormsFindEverywhereInGeneratedAnnouncements() {
        Random random = new Random(20261204);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(30); part > 0; part--) {
                String[] from = random.nextInt(3) == 0 ? DATES : FILLER;
                text.append(from[random.nextInt(from.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            assertSameAsEverywhere(text.toString());
        }
    }

    @Test
    void aDateStretchedByLongWhiteSpaceIsStillFound() {
        String text = "Ditetapkan di Sawahlunto pada tanggal 3" + " ".repeat(500) + "Maret\n\n\n" + "\t".repeat(300)
                + "2025 pukul" + "\n".repeat(1_000) + "10.00 WIB";
        assertThat(IndonesianDates.find(text, REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(mention.end()).isEqualTo(text.length()));
        assertSameAsEverywhere(text);
    }

    @Test
    void findsWhatTheFormsFindEverywhereInRealRegulations() throws IOException {
        Path corpus = Path.of("../../shared/corpus/indonesian/regulations_fulltext");
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("../shared/corpus/indonesian/regulations_fulltext");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus),
                "../shared/corpus/indonesian is not beside the repository: the regulations are skipped");
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertSameAsEverywhere(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    private static void assertSameAsEverywhere(String text) {
        assertThat(describe(IndonesianDates.find(text, REFERENCE))).as("dates in '%s'", text)
                .isEqualTo(describe(IndonesianDates.findScanningEverywhere(text, REFERENCE)));
    }

    private static List<String> describe(List<DateMention> mentions) {
        List<String> described = new ArrayList<>();
        mentions.forEach(m -> described.add(m.start() + "-" + m.end() + " " + m.value() + " " + m.precision()));
        return described;
    }
}
