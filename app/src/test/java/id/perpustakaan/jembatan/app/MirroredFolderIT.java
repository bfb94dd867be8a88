package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A folder mirrored as the agency's published set, through the real broker and node: new files are searchable, a
 * moved file keeps its document and revision, a changed one is a new revision, a removed one leaves the public with the reason
 * recorded, and a removed regulation stays public until a librarian signs its withdrawal off.
 */
class MirroredFolderIT {

    private static final Duration WITHIN = PipelineIT.SEARCHABLE_WITHIN;
    private static final String RUN = "mirror" + Integer.toHexString(new Random().nextInt());
    private static final String SOURCE = "disdik-mirror";
    private static OwnApplication app;
    private static Path folder;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createDirectories(Path.of(System.getProperty("jembatan.data-dir"), RUN, "mirror", "disdik"));
        app = OwnApplication.start(RUN, """
                jembatan:
                  sources:
                    - id: %s
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: folder
                      path: %s
                      schedule: 1s
                      review: auto
                      default-kind: announcement
                      options:
                        mode: mirror
                """.formatted(SOURCE, folder));
        app.awaitSearchable();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFolderIsThePublishedSet() throws Exception {
        String word = PipelineIT.uniqueWord("cermin");
        write("pengumuman-" + word + ".txt", "Pengumuman " + word + "\n\nPendaftaran siswa baru dibuka.");
        write("jadwal-" + word + ".txt", "Jadwal " + word + "\n\nJadwal posyandu bulan Desember.");
        write("perwako-" + word + ".txt", "Peraturan Wali Kota " + word + "\n\nTentang layanan pendidikan.");
        write("perwako-" + word + ".txt.meta.yml", "jenis: peraturan\n");
        app.awaitHits(word, 3);
        String announcement = idOf(word, "pengumuman-" + word + ".txt");
        String schedule = idOf(word, "jadwal-" + word + ".txt");
        String regulation = idOf(word, "perwako-" + word + ".txt");

        // moved into a subfolder: the same document and revision, known at its new place
        long scheduleRevision = document(schedule).get("revision").asLong();
        Files.createDirectories(folder.resolve("2026"));
        Files.move(folder.resolve("jadwal-" + word + ".txt"), folder.resolve("2026/jadwal-posyandu-" + word + ".txt"));
        JsonNode moved = awaitItem(schedule, item -> item.get("document").get("sources").get(0).get("locator")
                .asText().equals("2026/jadwal-posyandu-" + word + ".txt"));
        assertThat(moved.get("document").get("sources")).hasSize(1);
        assertThat(moved.get("document").get("revision").asLong()).isEqualTo(scheduleRevision);
        assertThat(moved.get("state").asText()).isEqualTo("AUTO_PUBLISHED");
        assertThat(document(schedule).get("revision").asLong()).isEqualTo(scheduleRevision);
        assertThat(app.search(word).get("total").asInt()).isEqualTo(3);

        // changed in place: a new revision of the same document
        long revision = document(announcement).get("revision").asLong();
        String changed = PipelineIT.uniqueWord("ralat");
        write("pengumuman-" + word + ".txt", "Pengumuman " + word + " " + changed + "\n\nPendaftaran diperpanjang.");
        assertThat(app.awaitHits(changed, 1).get("hits").get(0).get("id").asText()).isEqualTo(announcement);
        assertThat(document(announcement).get("revision").asLong()).isGreaterThan(revision);

        // removed: out of the public at once, the reason on record
        Files.delete(folder.resolve("pengumuman-" + word + ".txt"));
        app.awaitHits(word, 2);
        JsonNode audit = await().atMost(WITHIN).until(() -> librarian().get()
                .uri("/api/review/audit?documentId={id}", announcement).retrieve().body(JsonNode.class),
                decisions -> decisions.size() > 0 && "WITHDRAW".equals(decisions.get(0).get("action").asText()));
        assertThat(audit.get(0).get("by").asText()).isEqualTo("source:" + SOURCE);
        assertThat(audit.get(0).get("reason").asText()).isEqualTo("removed at the source: pengumuman-" + word
                + ".txt");

        // a removed regulation waits for a librarian, and is asked about once
        Files.delete(folder.resolve("perwako-" + word + ".txt"));
        JsonNode requested = awaitItem(regulation, item -> "WITHDRAWAL_REQUESTED".equals(item.get("state").asText()));
        assertThat(requested.get("decision").get("by").asText()).isEqualTo("source:" + SOURCE);
        await().during(Duration.ofSeconds(3)).atMost(WITHIN).until(() -> app.search(word).get("total").asInt() == 2
                && requests(regulation) == 1);

        librarian().post().uri("/api/review/items/{id}/withdraw", regulation).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "dicabut; berkasnya dihapus dari folder Dinas Pendidikan"))
                .retrieve().toBodilessEntity();
        app.awaitHits(word, 1);
        assertThat(app.search(word).get("hits").get(0).get("id").asText()).isEqualTo(schedule);
        assertThat(app.deadLetters(SOURCE)).isEmpty();
    }

    private static long requests(String id) {
        JsonNode decisions = librarian().get().uri("/api/review/audit?documentId={id}", id).retrieve()
                .body(JsonNode.class);
        long count = 0;
        for (JsonNode decision : decisions) {
            if ("REQUEST_WITHDRAWAL".equals(decision.get("action").asText())) {
                count++;
            }
        }
        return count;
    }

    private static String idOf(String word, String fileName) {
        for (JsonNode hit : app.search(word).get("hits")) {
            if (fileName.equals(hit.path("original").path("fileName").asText())) {
                return hit.get("id").asText();
            }
        }
        throw new AssertionError("no hit for " + fileName + " in " + app.search(word));
    }

    private static JsonNode document(String id) {
        return app.http().get().uri("/api/documents/{id}", id).retrieve().body(JsonNode.class);
    }

    private static JsonNode awaitItem(String id, Predicate<JsonNode> condition) {
        // the inbox follows the topics on its own: it may not know the document yet when search does
        return await().atMost(WITHIN).ignoreException(HttpClientErrorException.NotFound.class)
                .until(() -> librarian().get().uri("/api/review/items/{id}", id).retrieve().body(JsonNode.class),
                        condition::test);
    }

    private static RestClient librarian() {
        return app.http().mutate().defaultHeaders(headers -> headers.setBasicAuth("pustakawan",
                "uji-pustakawan-2025")).build();
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
