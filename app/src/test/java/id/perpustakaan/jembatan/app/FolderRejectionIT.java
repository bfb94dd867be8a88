package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.routes.fixtures.Documents;
import id.perpustakaan.jembatan.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Files that cannot be processed go to {@code .failed/} beside a reason, and the same reason is on the dead-letter
 * topic, while good files dropped with them flow on.
 */
class FolderRejectionIT extends PipelineIT {

    @Test
    void movesCorruptEncryptedAndEmptyFilesToFailedWithReasonsWhileAGoodFileFlows() throws Exception {
        String word = uniqueWord("rahasia");
        drop("hukum", "perwako-rusak.pdf", Documents.truncatedPdf("Peraturan Wali Kota", "Pasal 1 " + word));
        drop("hukum", "perwako-terkunci.pdf", Documents.encryptedPdf("Peraturan Wali Kota", "Pasal 2 " + word));
        drop("hukum", "kosong.docx", new byte[0]);
        drop("hukum", "perwako-baik.docx", Documents.docx("Peraturan Wali Kota Nomor 12 Tahun 2024",
                "Tentang pedoman " + word + " layanan perpustakaan."));

        assertThat(awaitHits(word, 1).get("hits").get(0).get("original").get("fileName").asText())
                .isEqualTo("perwako-baik.docx");

        Path failed = inbox("hukum").resolve(".failed");
        await().atMost(SEARCHABLE_WITHIN).until(() -> Files.exists(failed.resolve("perwako-rusak.pdf"))
                && Files.exists(failed.resolve("perwako-terkunci.pdf")) && Files.exists(failed.resolve("kosong.docx")));
        assertThat(Files.readString(failed.resolve("perwako-terkunci.pdf.reason")))
                .startsWith("encrypted (password required)");
        assertThat(Files.readString(failed.resolve("perwako-rusak.pdf.reason")))
                .startsWith("truncated or corrupt PDF");
        assertThat(Files.readString(failed.resolve("kosong.docx.reason"))).startsWith("empty file (0 bytes)");
        assertThat(inbox("hukum").resolve(".done/perwako-baik.docx")).exists();
        assertThat(inbox("hukum")).isDirectoryNotContaining(p -> Files.isRegularFile(p));

        List<DeadLetter> letters = await().atMost(SEARCHABLE_WITHIN)
                .until(() -> deadLetters().stream().filter(l -> "hukum-inbox".equals(l.sourceId())).toList(),
                        found -> found.size() >= 3);
        assertThat(letters).filteredOn(l -> "perwako-terkunci.pdf".equals(l.locator())).singleElement()
                .satisfies(l -> {
                    assertThat(l.reason()).isEqualTo("encrypted (password required)");
                    assertThat(l.stage()).isEqualTo("extract");
                    assertThat(l.sha256()).hasSize(64);
                });
        assertThat(letters).filteredOn(l -> "perwako-rusak.pdf".equals(l.locator())).singleElement()
                .satisfies(l -> assertThat(l.reason()).startsWith("truncated or corrupt PDF"));
        assertThat(letters).filteredOn(l -> "kosong.docx".equals(l.locator())).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("empty file (0 bytes)"));
        assertThat(letters).noneMatch(l -> "perwako-baik.docx".equals(l.locator()));
    }

    @Test
    void aSidecarSaysWhatTheFileIsAndABrokenOneRefusesItNamingTheLine() throws Exception {
        String word = uniqueWord("catatan");
        drop("diskominfo", word + ".txt.meta.yml", """
                judul: Jadwal Layanan Keliling %s
                jenis: pengumuman
                berlaku-sampai: 2099-12-31
                label: [keliling, uji]
                klasifikasi: berkala
                """.formatted(word).getBytes(StandardCharsets.UTF_8));
        drop("diskominfo", word + ".txt", ("Catatan rapat " + word + "\n\nDibahas rencana kerja tahun depan.")
                .getBytes(StandardCharsets.UTF_8));
        String broken = uniqueWord("rusak");
        drop("diskominfo", broken + ".txt.meta.yml", "judul: Jadwal\njenis: poster\n".getBytes(StandardCharsets.UTF_8));
        drop("diskominfo", broken + ".txt", ("Catatan " + broken).getBytes(StandardCharsets.UTF_8));

        String id = awaitHits(word, 1).get("hits").get(0).get("id").asText();
        JsonNode document = http().get().uri("/api/documents/{id}", id).retrieve().body(JsonNode.class);
        assertThat(document.get("title").asText()).isEqualTo("Jadwal Layanan Keliling " + word);
        assertThat(document.get("kind").asText()).isEqualTo("ANNOUNCEMENT");
        assertThat(document.get("validUntil").asText()).isEqualTo("2099-12-31T16:59:59Z");
        assertThat(document.get("klasifikasi").asText()).isEqualTo("BERKALA");
        assertThat(document.get("tags").toString()).contains("\"keliling\"", "\"uji\"");
        Path done = inbox("diskominfo").resolve(".done");
        await().atMost(SEARCHABLE_WITHIN).until(() -> Files.exists(done.resolve(word + ".txt.meta.yml")));

        Path failed = inbox("diskominfo").resolve(".failed");
        await().atMost(SEARCHABLE_WITHIN).until(() -> Files.exists(failed.resolve(broken + ".txt"))
                && Files.exists(failed.resolve(broken + ".txt.meta.yml")));
        assertThat(Files.readString(failed.resolve(broken + ".txt.reason"))).startsWith("the sidecar " + broken
                + ".txt.meta.yml, line 2: 'poster' is not a kind: write pengumuman, peraturan, program");
        assertThat(inbox("diskominfo").resolve(broken + ".txt.meta.yml")).doesNotExist();
    }

    @Test
    void refusesANameTooLongForItsReasonOnceUnderAShortNameWithItsReasonOnTheDeadLetterTopic() throws Exception {
        // 255 bytes in two-byte characters: ext4 takes it, <name>.reason beside it would not fit
        String name = "pengumuman-" + "é".repeat(120) + ".txt";
        drop("diskominfo", name, ("Pengumuman " + uniqueWord("panjang")).getBytes(StandardCharsets.UTF_8));

        Path failed = inbox("diskominfo").resolve(".failed");
        Path reason = await().atMost(SEARCHABLE_WITHIN).until(() -> reasonQuoting(failed, name), Optional::isPresent)
                .orElseThrow();
        assertThat(Files.readString(reason)).startsWith("file name too long: 255 bytes in UTF-8, at most 248");
        Path kept = reason.resolveSibling(reason.getFileName().toString().replaceFirst("\\.reason$", ""));
        // the reason is written first, the file follows it
        await().atMost(SEARCHABLE_WITHIN).until(() -> Files.exists(kept));
        assertThat(inbox("diskominfo").resolve(name)).doesNotExist();

        List<DeadLetter> letters = await().atMost(SEARCHABLE_WITHIN).until(() -> deadLetters().stream()
                .filter(l -> name.equals(l.fileName())).toList(), found -> !found.isEmpty());
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.sourceId()).isEqualTo("diskominfo-inbox");
            assertThat(letter.locator()).isEqualTo(kept.getFileName().toString());
            assertThat(letter.reason()).contains(name);
        });
    }

    private static Optional<Path> reasonQuoting(Path failed, String name) throws Exception {
        if (!Files.isDirectory(failed)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(failed)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".reason")).toList()) {
                if (Files.readString(file).contains(name)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
