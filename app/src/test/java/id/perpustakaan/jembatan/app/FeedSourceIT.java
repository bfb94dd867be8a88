package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A feed source against a local web server: entries become searchable, an unchanged feed is fetched conditionally
 * and writes nothing, an edited entry is exactly one new revision, and a feed that declares an external entity
 * never resolves it.
 */
class FeedSourceIT extends AgencySiteIT {

    FeedSourceIT() {
        super("feed");
    }

    @Test
    void harvestsEntriesOnceAndAnEditedEntryAsOneNewRevision() throws Exception {
        String first = PipelineIT.uniqueWord("umkm");
        String second = PipelineIT.uniqueWord("pasar");
        serveFeed(item("1", "Pelatihan UMKM Digital", "Pelatihan " + first + " bagi pelaku usaha."),
                item("2", "Jadwal Pasar Murah", "Pasar murah " + second + " di Lapangan Segitiga."));
        app = OwnApplication.start(run, sources());

        JsonNode hit = app.awaitHits(first, 1).get("hits").get(0);
        app.awaitHits(second, 1);
        JsonNode entry = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(entry.get("tags")).extracting(JsonNode::asText).containsExactly("Ekonomi", "UMKM");
        assertThat(entry.get("publishedAt").asText()).isEqualTo("2025-03-03T03:00:00Z");
        assertThat(entry.get("author").asText()).contains("Humas Diskominfo");
        long documents = app.endOffset("jembatan.documents");
        int fetched = feedRequests().size();

        await().atMost(Duration.ofSeconds(30)).until(() -> feedRequests().size() >= fetched + 2);
        assertThat(feedRequests().subList(fetched, feedRequests().size()))
                .allSatisfy(headers -> assertThat(headers).containsKey("if-none-match"));
        assertThat(app.endOffset("jembatan.documents")).as("an unchanged feed writes nothing").isEqualTo(documents);

        String edited = PipelineIT.uniqueWord("diubah");
        serveFeed(item("1", "Pelatihan UMKM Digital", "Pelatihan " + first + " bagi pelaku usaha."),
                item("2", "Jadwal Pasar Murah", "Pasar murah " + edited + " di Lapangan Segitiga."));

        app.awaitHits(edited, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> app.endOffset("jembatan.documents") == documents + 1);
        assertThat(app.awaitHits(second, 0).get("total").asInt()).isZero();
        assertThat(origin.requests()).allSatisfy(headers -> assertThat(headers.get("user-agent"))
                .contains("JembatanBot"));
    }

    @Test
    void aFeedDeclaringAnExternalEntityNeverResolvesIt() throws Exception {
        String secret = PipelineIT.uniqueWord("rahasia");
        Path file = Files.writeString(Files.createTempFile("jembatan-secret", ".txt"), secret);
        origin.put("/feed.xml", "application/rss+xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                + file.toUri() + "\">]>\n" + rss(item("1", "Pengumuman &xxe;", "Isi &xxe;")))
                .getBytes(StandardCharsets.UTF_8));
        // every two seconds, as a cron: sources may run at set times instead of every so often
        app = OwnApplication.start(run, sources().replace("schedule: 2s", "schedule: \"*/2 * * * * *\""));

        List<DeadLetter> letters = await().atMost(Duration.ofSeconds(60))
                .until(() -> app.deadLetters("feed-" + run), found -> !found.isEmpty());
        assertThat(letters.get(0).reason()).contains("entities are never resolved").doesNotContain(secret);
        assertThat(letters.get(0).stage()).isEqualTo("feed");
        // the refusal can come before the new index is set up: searched once it answers
        assertThat(app.awaitHits(secret, 0).get("total").asInt()).isZero();
    }

    @Test
    void aLibrarianRunsASourceAtOnceAndSeesItsLastRun() throws Exception {
        String first = PipelineIT.uniqueWord("awal");
        serveFeed(item("1", "Pengumuman Awal", "Isi " + first + "."));
        app = OwnApplication.start(run, sources().replace("schedule: 2s", "schedule: 1h"));
        app.awaitHits(first, 1);

        String later = PipelineIT.uniqueWord("susulan");
        serveFeed(item("1", "Pengumuman Awal", "Isi " + first + "."), item("2", "Pengumuman Susulan",
                "Isi " + later + "."));
        int anonymous = app.http().post().uri("/api/sources/feed-" + run + "/run")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(anonymous).isEqualTo(401);
        Instant asked = Instant.now();
        int accepted = app.http().post().uri("/api/sources/feed-" + run + "/run")
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(accepted).isEqualTo(202);

        app.awaitHits(later, 1);
        JsonNode state = await().atMost(Duration.ofSeconds(10)).until(() -> app.http().get()
                .uri("/api/sources/feed-" + run)
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .retrieve().body(JsonNode.class), s -> s.get("lastRun").hasNonNull("finished")
                && !Instant.parse(s.get("lastRun").get("started").asText()).isBefore(asked));
        assertThat(state.get("lastRun").get("added").asInt()).isEqualTo(1);
        assertThat(state.get("lastRun").get("unchanged").asInt()).isEqualTo(1);
        assertThat(state.get("kind").asText()).isEqualTo("feed");
    }

    @Test
    void fetchesEachEntrysPageWhenTheFeedCarriesOnlySummaries() throws Exception {
        String full = PipelineIT.uniqueWord("lengkap");
        serveFeed(item("7", "Bantuan Seragam Sekolah", "Ringkasan saja."));
        origin.put("/berita/7", "text/html; charset=utf-8", ("<!DOCTYPE html><html lang=\"id\"><head><meta charset="
                + "\"utf-8\"><title>Bantuan Seragam Sekolah</title></head><body><nav><a href=\"/\">Beranda</a></nav>"
                + "<article><h1>Bantuan Seragam Sekolah</h1><p>Bantuan seragam " + full + " diberikan kepada siswa"
                + " kelas satu di seluruh Kota Sawahlunto. Pendaftaran di sekolah masing-masing.</p></article>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        app = OwnApplication.start(run, sources().replace("options:\n", "options:\n        fetch-article: \"true\"\n"));

        JsonNode hit = app.awaitHits(full, 1).get("hits").get(0);
        JsonNode entry = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(entry.get("text").asText()).contains(full).doesNotContain("Beranda");
        assertThat(entry.get("title").asText()).isEqualTo("Bantuan Seragam Sekolah");
        assertThat(entry.get("url").asText()).isEqualTo(origin.base() + "/berita/7");
        assertThat(origin.requested("/berita/7")).isTrue();
    }

    private List<java.util.Map<String, String>> feedRequests() {
        return origin.requests().stream().filter(headers -> "/feed.xml".equals(headers.get("target"))).toList();
    }

    private void serveFeed(String... items) {
        origin.put("/feed.xml", "application/rss+xml; charset=utf-8", rss(items).getBytes(StandardCharsets.UTF_8));
    }

    private String sources() {
        return """
                jembatan:
                  sources:
                    - id: feed-%s
                      agency-code: diskominfo
                      agency-name: Dinas Komunikasi dan Informatika
                      kind: feed
                      url: %s/feed.xml
                      schedule: 2s
                      default-kind: news
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                """.formatted(run, origin.base());
    }

    private static String rss(String... items) {
        return "<rss version=\"2.0\"><channel><title>Diskominfo</title><link>http://127.0.0.1/</link>"
                + "<description>Berita dan pengumuman</description>" + String.join("", items) + "</channel></rss>";
    }

    private String item(String guid, String title, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>"
                + origin.base() + "/berita/" + guid + "</link><description>" + description + "</description>"
                + "<author>humas@sawahluntokota.go.id (Humas Diskominfo)</author>"
                + "<category>Ekonomi</category><category>UMKM</category>"
                + "<pubDate>Mon, 03 Mar 2025 10:00:00 +0700</pubDate></item>";
    }
}
