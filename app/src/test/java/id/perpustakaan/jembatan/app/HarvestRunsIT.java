package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Harvest runs that lose nothing, against a local server standing in for one agency's host: a page linking a
 * missing PDF and one on a foreign host is published, each PDF its own dead letter; the agency's feed and its
 * website (two sources, one host) never fetch at the same moment; run-now while a run is going is refused with
 * the running run's start.
 */
class HarvestRunsIT extends AgencySiteIT {

    HarvestRunsIT() {
        super("runs");
    }

    @Test
    void aPageLinkingAMissingPdfIsPublishedAndTwoSourcesOnOneHostTakeTurns() throws Exception {
        String word = PipelineIT.uniqueWord("beasiswa");
        String attached = PipelineIT.uniqueWord("syarat");
        String news = PipelineIT.uniqueWord("warta");
        String foreign = origin.base().replace("127.0.0.1", "localhost") + "/files/jadwal.pdf";
        origin.html("/pengumuman",
                "<main><article><h2><a href=\"/berita/beasiswa.html\">Beasiswa</a></h2></article></main>");
        origin.html("/berita/beasiswa.html", "<article><h1>Beasiswa Prestasi</h1><p>Beasiswa " + word + " dibuka bagi"
                + " siswa berprestasi.</p><p><a href=\"/files/syarat.pdf\">Syarat</a> <a href=\"/files/formulir.pdf\">"
                + "Formulir</a> <a href=\"" + foreign + "\">Jadwal</a></p></article>");
        origin.put("/files/syarat.pdf", "application/pdf", Documents.pdf("Syarat Beasiswa", "Syarat " + attached));
        origin.put("/feed.xml", "application/rss+xml; charset=utf-8", ("<rss version=\"2.0\"><channel><title>Disdik"
                + "</title><link>" + origin.base() + "/</link><description>Berita</description><language>id-ID"
                + "</language><item><guid>w-1</guid><title>Warta Sekolah</title><description>&lt;p&gt;Warta &lt;strong&gt;"
                + news + "&lt;/strong&gt; pekan ini.&lt;/p&gt;</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        // slow answers: a crawler that does not take turns at the host would overlap them
        origin.slow("/feed.xml", Duration.ofMillis(300));
        origin.slow("/berita/beasiswa.html", Duration.ofMillis(300));
        app = OwnApplication.start(run, sources());

        JsonNode page = app.awaitHits(word, 1).get("hits").get(0);
        app.awaitHits(attached, 1);
        List<DeadLetter> letters = await().atMost(Duration.ofSeconds(30))
                .until(() -> app.deadLetters("web-" + run), found -> found.size() >= 2);
        assertThat(letters).extracting(DeadLetter::locator)
                .containsExactlyInAnyOrder(origin.base() + "/files/formulir.pdf", foreign);
        assertThat(letters).allSatisfy(letter -> assertThat(letter.reason())
                .startsWith("attachment linked from " + origin.base() + "/berita/beasiswa.html cannot be fetched"));
        assertThat(page.get("title").asText()).isEqualTo("Beasiswa Prestasi");

        JsonNode entry = app.awaitHits(news, 1).get("hits").get(0);
        JsonNode document = app.http().get().uri(entry.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(document.get("language").asText()).as("the feed's <language>").isEqualTo("id");
        assertThat(document.get("summary").asText()).doesNotContain("<", "&lt;");
        assertThat(document.get("html").asText()).contains("<strong>" + news + "</strong>");

        await().atMost(Duration.ofSeconds(30)).until(() -> origin.requests().stream()
                .filter(r -> "/feed.xml".equals(r.get("target")) && r.containsKey("ended-nanos")).count() >= 3);
        List<Map<String, String>> answered = origin.requests().stream().filter(r -> r.containsKey("ended-nanos"))
                .sorted(Comparator.comparingLong(r -> Long.parseLong(r.get("started-nanos")))).toList();
        for (int i = 1; i < answered.size(); i++) {
            assertThat(Long.parseLong(answered.get(i).get("started-nanos")))
                    .as("%s starts after %s was answered", answered.get(i).get("target"),
                            answered.get(i - 1).get("target"))
                    .isGreaterThanOrEqualTo(Long.parseLong(answered.get(i - 1).get("ended-nanos")));
        }
    }

    @Test
    void runNowDuringARunIsRefusedWithTheRunningRunsStart() throws Exception {
        origin.html("/pengumuman",
                "<main><article><h2><a href=\"/berita/lambat.html\">Lambat</a></h2></article></main>");
        origin.html("/berita/lambat.html", "<article><h1>Pengumuman</h1><p>Isi pengumuman.</p></article>");
        origin.slow("/berita/lambat.html", Duration.ofSeconds(5));
        app = OwnApplication.start(run, sources().replace("schedule: 2s", "schedule: 1h"));
        await().atMost(Duration.ofSeconds(60)).until(() -> state("web-" + run).path("lastRun").hasNonNull("finished"));

        int started = app.http().post().uri("/api/sources/web-" + run + "/run")
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .exchange((request, response) -> response.getStatusCode().value());
        JsonNode refused = app.http().post().uri("/api/sources/web-" + run + "/run")
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(409);
                    return JsonMapper.shared().readTree(response.getBody());
                });

        assertThat(started).isEqualTo(202);
        Instant since = Instant.parse(refused.get("runningSince").asText());
        // the run as every instance reads it, written a moment after it changed
        await().atMost(Duration.ofSeconds(10)).until(() -> state("web-" + run).path("lastRun").path("started")
                .asText(), shown -> !shown.isEmpty() && Instant.parse(shown).equals(since));
        assertThat(refused.get("detail").asText()).startsWith("Sumber web-" + run + " sedang berjalan sejak ")
                .contains("WIB");
        await().atMost(Duration.ofSeconds(60)).until(() -> state("web-" + run).path("lastRun").hasNonNull("finished"));
        int again = app.http().post().uri("/api/sources/web-" + run + "/run")
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(again).as("once the run is over").isEqualTo(202);
    }

    private JsonNode state(String sourceId) {
        return app.http().get().uri("/api/sources/" + sourceId)
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .retrieve().body(JsonNode.class);
    }

    private String sources() {
        return """
                jembatan:
                  sources:
                    - id: web-%1$s
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: web
                      url: %2$s/pengumuman
                      schedule: 2s
                      default-kind: announcement
                      options:
                        item-links: "article h2 a"
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                    - id: feed-%1$s
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: feed
                      url: %2$s/feed.xml
                      schedule: 2s
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                """.formatted(run, origin.base());
    }
}
