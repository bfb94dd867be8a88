package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reasons as the routes and connectors write them (their wording copied from where they are built) lead a librarian
 * to the right advice, in both languages.
 */
class FailureAdviceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "empty file (0 bytes)|empty",
            "too large: 612.4 MB exceeds the limit of 500.0 MB (jembatan.harvest.max-file-size)|too-large",
            "too large to publish: the document is 1048700 bytes after extraction, Kafka takes 1048576"
                    + " (jembatan.kafka.max-message-bytes): split the file, or raise the limit on the broker and in"
                    + " Jembatan|too-large-to-publish",
            "zip bomb: ratio over 1:100 between its size and its content (jembatan.harvest.max-compression-ratio)|bomb",
            "encrypted (password required)|encrypted",
            "unsupported: WordPerfect 4.2 (application/vnd.wordperfect; version=4.2)|unsupported",
            "not a document: setup.exe is a program (MS-DOS executable, application/x-msdownload); send the"
                    + " document itself|not-a-document",
            "no text: the PDF has no text layer and OCR is off (jembatan.harvest.ocr)|ocr-missing",
            "no text: the PDF has no text layer and OCR found no text either|no-text",
            "OCR timeout: Tesseract took longer than 120 s on one page or image of the PDF"
                    + " (jembatan.harvest.ocr-timeout)|ocr-timeout",
            "truncated or corrupt DOCX: Unexpected end of ZLIB input stream|corrupt",
            "https://intranet.example/berkas.pdf is outside the source's allowed hosts [disdik.sawahluntokota.go.id]"
                    + "|host-not-allowed",
            "redirect to https://lain.example/x leaves the source's allowed hosts [disdik.sawahluntokota.go.id]"
                    + "|host-not-allowed",
            "disallowed by robots.txt of disdik.sawahluntokota.go.id: /pengumuman|robots",
            "refused: 10.0.0.5 (private, from intranet.local) is not a public address; allow-private-addresses is"
                    + " off for this source|not-allowed",
            "cannot resolve host disdik.example (check the address, or DNS)|unreachable",
            "cannot connect to disdik.example at https://disdik.example/ (Connection refused)|unreachable",
            "record 7 of the JDIHN feed repeats idData 1234 of record 3: only the first is kept; the site should give"
                    + " each regulation one record|duplicate",
            "malformed feed: XML document structures must start and end within the same entity. (line 12)|feed",
            "something nobody wrote a rule for|other"})
    void findsTheKindOfARealReason(String reason, String kind) {
        assertThat(FailureAdvice.kindOf(reason)).isEqualTo(kind);
    }

    @Test
    void aFileThatGrewWhileReadIsTooLarge() {
        assertThat(FailureAdvice.kindOf(DroppedFile.grewPastLimit(500L * 1_048_576))).isEqualTo("too-large");
    }

    @Test
    void everyKindSaysWhatHappenedAndWhatToDoInBothLanguages() throws IOException {
        List<String> kinds = List.of("empty", "too-large", "too-large-to-publish", "bomb", "timeout", "encrypted",
                "unsupported", "not-a-document", "no-text", "ocr-missing", "ocr-timeout", "corrupt", "not-allowed",
                "host-not-allowed", "robots", "unreachable", "duplicate", "feed", "other");
        for (String bundle : List.of("review/messages.properties", "review/messages_en.properties")) {
            Properties messages = load(bundle);
            for (String kind : kinds) {
                assertThat(messages.getProperty("review.failure." + kind)).as(bundle + " " + kind).isNotBlank();
                assertThat(messages.getProperty("review.failure." + kind + ".advice")).as(bundle + " " + kind)
                        .isNotBlank();
            }
        }
        assertThat(load("review/messages.properties").getProperty("review.failure.encrypted.advice"))
                .contains("Minta instansi mengirim versi tanpa kata sandi");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = FailureAdviceTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties;
    }
}
