package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance over the third-party test documents in {@code ../shared/corpus/docs/tika} (see its SOURCES.md):
 * runs when the corpus is beside the repository, and is skipped, saying so, when it is not.
 */
class CorpusExtractionTest {

    private static final Path CORPUS = locate();

    private TextExtractor extractor;

    @BeforeEach
    void needsTheCorpus() {
        assumeTrue(CORPUS != null, "../shared/corpus/docs/tika is not beside the repository: corpus tests skipped");
        extractor = new TextExtractor(ParserSettings.defaults());
    }

    @AfterEach
    void close() {
        if (extractor != null) {
            extractor.close();
        }
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(textBlock = """
            testWORD.doc,          application/msword
            testWORD.docx,         application/vnd.openxmlformats-officedocument.wordprocessingml.document
            testOpenOffice2.odt,   application/vnd.oasis.opendocument.text
            testRTF.rtf,           application/rtf
            testEXCEL.xlsx,        application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
            testPDF.pdf,           application/pdf
            testPDF_protected.pdf, application/pdf
            """)
    void readsTheFormatsAgenciesDrop(String file, String mediaType) throws Exception {
        Extraction extraction = extractor.extract(raw(file));

        assertThat(extraction.mediaType()).isEqualTo(mediaType);
        assertThat(extraction.text()).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            testWORD_protected_passtika.docx | encrypted (password required)
            testODTEncrypted.odt             | encrypted (password required)
            testWORD_truncated.docx          | truncated or corrupt DOCX
            """)
    void refusesWhatCannotBeReadWithASpecificReason(String file, String reason) {
        assertThatThrownBy(() -> extractor.extract(raw(file)))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void aCorruptZipCraftedToExhaustMemoryIsRefusedOrYieldsLittle() throws Exception {
        try {
            assertThat(extractor.extract(raw("testZIP_corrupted_oom.zip")).text()).hasSizeLessThan(10_000);
        } catch (ContentRejectedException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private RawContent raw(String file) throws Exception {
        Path path = CORPUS.resolve(file);
        return new RawContent("corpus", file, file, null, Files.size(path), "0".repeat(64), null, Instant.now(),
                null, null, "test", () -> Files.newInputStream(path));
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("shared/corpus/docs/tika");
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        return null;
    }
}
