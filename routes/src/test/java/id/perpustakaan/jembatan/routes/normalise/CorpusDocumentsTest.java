package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance over the third-party test documents in {@code ../shared/corpus/docs/tika} (see its SOURCES.md):
 * one line per file, extracted or refused, the strings SOURCES.md expects, and no refusal without a specific
 * reason. Runs when the corpus is beside the repository and is skipped, saying so, when it is not.
 */
class CorpusDocumentsTest {

    /** What SOURCES.md (from Tika's own tests) says each file must yield. */
    private static final Map<String, String> EXPECTED_TEXT = Map.of(
            "testPDF.pdf", "Apache Tika",
            "testOCR.pdf", "Happy New Year 2003",
            "testPDF_bad_page_303226.pdf", "1309.61",
            "testRTFCorruptListOverride.rtf", "apple",
            "testOCR.jpg", "OCR Testing",
            "testOCR.png", "file contains",
            "testTIFF_multipage.tif", "Page 2",
            "testRotated+10.png", "Its had resolving otherwise she contented therefore",
            // unpaired surrogates become replacement characters instead of breaking the text
            "testRTFInvalidUnicode.rtf", "\uFFFD");

    /** Files that cannot be read without what the library does not have (a password), with the reason. */
    private static final Map<String, String> EXPECTED_REFUSAL = Map.of(
            "testPassword4Spaces.pdf", "encrypted (password required)",
            "testUnicodePassword.pdf", "encrypted (password required)",
            "testWORD_protected_passtika.docx", "encrypted (password required)",
            "testWORD_protected_passtika.doc", "encrypted (password required)",
            "testODTEncrypted.odt", "encrypted (password required)",
            "testWordPerfect_42.doc", "unsupported: WordPerfect",
            "testEXCEL.strict.xlsx", "unsupported: Strict Office Open XML XLSX",
            "testWORD_truncated.docx", "truncated or corrupt DOCX: ",
            // a zip that holds itself, for ever
            "droste.zip", "nested too deep: documents inside documents more than 5 levels deep",
            // 181 bytes that declare an entry of gigabytes
            "testZIP_corrupted_oom.zip", "zip bomb: the documents inside unpack to more than 500 MB");

    /** A reason says what is wrong with this file in particular. */
    private static final Pattern SPECIFIC_REASON = Pattern.compile(
            "encrypted \\(password required\\)|empty file \\(0 bytes\\)|unsupported: .+|zip bomb: .+"
                    + "|nested too deep: .+|too many documents inside: .+|not a document: .+|OCR timeout: .+"
                    + "|truncated or corrupt [A-Z0-9]+: .+|no text: the [A-Z0-9]+ has no text layer .+"
                    + "|timeout after .+");

    private static Path corpus;
    private static TextExtractor extractor;
    private static Languages languages;

    @BeforeAll
    static void needsTheCorpus() {
        corpus = locate();
        assumeTrue(corpus != null, "../shared/corpus/docs/tika is not beside the repository: corpus tests skipped");
        extractor = new TextExtractor(ParserSettings.defaults(), new SimpleMeterRegistry());
        languages = new Languages();
    }

    @AfterAll
    static void close() {
        if (extractor != null) {
            extractor.close();
        }
    }

    @Test
    void extractsOrRefusesEveryFileWithASpecificReason() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> refusals = new LinkedHashMap<>();
        Map<String, Boolean> ocr = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            long started = System.nanoTime();
            try {
                Extraction extraction = extractor.extract(raw(file));
                texts.put(name, extraction.text());
                ocr.put(name, extraction.ocr());
                System.out.printf("%-40s extracted %7d chars  lang %-3s  ocr %-3s  %5d ms  %s%n", name,
                        extraction.text().length(), languages.of(extraction.text()).orElse("?"),
                        extraction.ocr() ? "yes" : "no", (System.nanoTime() - started) / 1_000_000,
                        extraction.mediaType());
            } catch (ContentRejectedException e) {
                refusals.put(name, e.getMessage());
                System.out.printf("%-40s refused   %s%n", name, e.getMessage());
            }
        }

        assertThat(refusals.values()).allMatch(reason -> SPECIFIC_REASON.matcher(reason).matches());
        EXPECTED_TEXT.forEach((name, expected) -> assertThat(texts.get(name)).as(name).contains(expected));
        EXPECTED_REFUSAL.forEach((name, reason) -> assertThat(refusals.get(name)).as(name).startsWith(reason));
        assertThat(ocr.get("testOCR.pdf")).as("OCR recorded for a scan").isTrue();
        assertThat(ocr.get("testPDF.pdf")).as("no OCR where there is a text layer").isFalse();
        assertThat(texts.get("testPDF_protected.pdf")).as("an owner password alone does not stop reading")
                .contains("Financial");
        assertThat(texts.size()).as("files extracted").isGreaterThanOrEqualTo(40);
    }

    private static RawContent raw(Path file) throws IOException {
        String name = file.getFileName().toString();
        return new RawContent("corpus", name, name, null, Files.size(file), "0".repeat(64), null, Instant.now(),
                null, null, "test", () -> Files.newInputStream(file));
    }

    private static Path locate() {
        return SharedCorpus.find("docs/tika").orElse(null);
    }
}
