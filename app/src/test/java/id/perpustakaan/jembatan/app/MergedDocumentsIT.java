package id.perpustakaan.jembatan.app;

import static id.perpustakaan.jembatan.app.PublishedDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * One announcement published by two agencies stays under the agency that published it first and is found by each
 * agency's filter, in the public search and on the review desk; the id of the later sighting leads to it. And the
 * Indonesian stems meet: "pustaka" finds the library law.
 */
class MergedDocumentsIT extends PipelineIT {

    @Autowired
    private SourceRuns runs;

    @Test
    void aMergedAnnouncementStaysWithItsFirstAgencyAndIsFoundByBoth() throws Exception {
        String word = uniqueWord("lomba");
        byte[] announcement = Documents.text("Pengumuman Lomba Karya Tulis Pelajar " + word,
                "Lomba karya tulis bagi pelajar SMP dan SMA se-Kota Sawahlunto. Pendaftaran dibuka sampai"
                        + " 30 Desember 2030 di Dinas Komunikasi dan Informatika. Tema tahun ini: literasi digital"
                        + " dan keamanan data pribadi di media sosial. Kode " + word + ".");
        drop("diskominfo", "lomba-" + word + ".txt", announcement);
        JsonNode first = awaitHits(word, 1).get("hits").get(0);
        assertThat(first.get("agency").get("code").asText()).isEqualTo("diskominfo");
        String id = first.get("id").asText();

        int disdikBefore = runs.of("disdik-inbox").map(run -> run.added() + run.changed()).orElse(0);
        drop("disdik", "lomba-karya-tulis.txt", announcement);
        JsonNode merged = await().atMost(SEARCHABLE_WITHIN).until(() -> http().get().uri("/api/documents/{id}", id)
                .retrieve().body(JsonNode.class), document -> document.get("sources").size() == 2);

        assertThat(merged.get("agency").get("code").asText()).as("the first agency stays").isEqualTo("diskominfo");
        assertThat(merged.get("sourceId").asText()).isEqualTo("diskominfo-inbox");
        assertThat(merged.get("original").get("fileName").asText()).isEqualTo("lomba-" + word + ".txt");
        List<String> agencies = new ArrayList<>();
        merged.get("sources").forEach(place -> agencies.add(place.get("agency").get("code").asText()));
        assertThat(agencies).containsExactly("diskominfo", "disdik");
        // the document's own address reads the latest revision at once; search sees it after the next refresh
        await().atMost(SEARCHABLE_WITHIN).until(() -> idsFiltered(word, "disdik"), ids -> ids.equals(List.of(id)));
        assertThat(idsFiltered(word, "diskominfo")).containsExactly(id);
        assertThat(idsFiltered(word, "dinsos")).isEmpty();
        JsonNode facets = search(word).get("facets").get("agency");
        assertThat(facets.toString()).contains(
                "{\"value\":\"diskominfo\",\"count\":1,\"label\":\"Dinas Komunikasi dan Informatika\"}",
                "{\"value\":\"disdik\",\"count\":1,\"label\":\"Dinas Pendidikan\"}");

        RestClient librarian = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025")).build();
        for (String agency : List.of("diskominfo", "disdik")) {
            JsonNode queue = await().atMost(SEARCHABLE_WITHIN).until(() -> librarian.get()
                    // announcements are published at once here; the source narrows the queue
                    .uri("/api/review/queue?agency={agency}&source=diskominfo-inbox&state=AUTO_PUBLISHED&size=100",
                            agency)
                    .retrieve().body(JsonNode.class), page -> contains(page.get("items"), id));
            assertThat(contains(queue.get("items"), id)).as("the review desk's %s filter", agency).isTrue();
        }

        // the later agency's source counts the file it brought, though the document keeps the first one's id; the
        // sources page shows it once the run has been written
        await().atMost(Duration.ofSeconds(10)).until(() -> itemsTaken("disdik-inbox") == disdikBefore + 1);

        String laterId = SourceRef.idOf(merged.get("sources").get(1).get("sourceId").asText(),
                merged.get("sources").get(1).get("locator").asText());
        RestClient noRedirects = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new org.springframework.http.client.SimpleClientHttpRequestFactory() {
                    @Override
                    protected void prepareConnection(java.net.HttpURLConnection connection, String method)
                            throws java.io.IOException {
                        super.prepareConnection(connection, method);
                        connection.setInstanceFollowRedirects(false);
                    }
                }).build();
        for (String[] path : new String[][] {{"/api/documents/" + laterId, "/api/documents/" + id},
            {"/api/documents/" + laterId + "/original", "/api/documents/" + id + "/original"},
            {"/dokumen/" + laterId, "/dokumen/" + id}}) {
            ResponseEntity<Void> answer = noRedirects.get().uri(path[0]).retrieve().toBodilessEntity();
            assertThat(answer.getStatusCode()).as(path[0]).isEqualTo(HttpStatus.FOUND);
            assertThat(answer.getHeaders().getLocation().getPath()).as(path[0]).isEqualTo(path[1]);
        }
        byte[] original = http().get().uri("/api/documents/{id}/original", laterId).retrieve().body(byte[].class);
        assertThat(new String(original, StandardCharsets.UTF_8)).contains(word);
    }

    @Test
    void pustakaFindsTheLibraryLaw() throws Exception {
        String word = uniqueWord("koleksi");
        String lawId = "uu-43-2007-" + word;
        try (PublishedDocuments published = new PublishedDocuments(bootstrapServers, topics.published())) {
            published.publish(document(lawId, "Undang-Undang Republik Indonesia Nomor 43 Tahun 2007 tentang"
                    + " Perpustakaan").regulation("UU", "43", 2007, "Perpustakaan")
                    .text("Perpustakaan adalah institusi pengelola koleksi karya tulis, karya cetak, dan/atau karya"
                            + " rekam secara profesional. Pemustaka berhak memperoleh layanan. " + word).build());
        }
        JsonNode answer = awaitHits("pustaka " + word, 1);
        assertThat(answer.get("hits").get(0).get("id").asText()).isEqualTo(lawId);
        assertThat(ids(search("pustaka"))).contains(lawId);
    }

    /** New and changed items the source's state counts (a folder's run never ends: it counts every file). */
    private int itemsTaken(String sourceId) {
        JsonNode run = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025")).build()
                .get().uri("/api/sources/{id}", sourceId).retrieve().body(JsonNode.class).get("lastRun");
        return run == null || run.isNull() ? 0 : run.get("added").asInt() + run.get("changed").asInt();
    }

    private List<String> idsFiltered(String query, String agency) {
        return ids(http().get().uri(uri -> uri.path("/api/search").queryParam("q", query)
                .queryParam("agency", agency).build()).retrieve().body(JsonNode.class));
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static boolean contains(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
