package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A CKAN source against a local Satu Data portal answering package_search: each dataset a programme of its
 * organisation, with its files as attachments, searchable; the next runs ask only for what changed and write nothing.
 */
class CkanSourceIT extends AgencySiteIT {

    CkanSourceIT() {
        super("ckan");
    }

    @Test
    void datasetsBecomeTheirOrganisationsProgrammesAndTheNextRunsWriteNothing() throws Exception {
        String word = PipelineIT.uniqueWord("penduduk");
        String school = PipelineIT.uniqueWord("sekolah");
        origin.putAnyQuery("/api/3/action/package_search", "application/json", ("""
                {"success":true,"result":{"count":2,"results":[
                 {"id":"9f1c","name":"jumlah-penduduk-2024","title":"Jumlah Penduduk Kota Sawahlunto 2024",
                  "notes":"Jumlah penduduk %s per kecamatan menurut jenis kelamin.",
                  "metadata_created":"2024-02-01T03:00:00.123456","metadata_modified":"2025-03-04T09:15:00.5",
                  "organization":{"name":"disdukcapil","title":"Dinas Kependudukan dan Pencatatan Sipil"},
                  "tags":[{"name":"penduduk","display_name":"penduduk"}],
                  "resources":[{"name":"Tabel penduduk","format":"csv","url":"https://data.example.go.id/penduduk.csv"}]},
                 {"id":"7a2e","name":"sekolah","title":"Daftar Sekolah Dasar","notes":"Sekolah dasar negeri dan swasta %s.",
                  "metadata_created":"2024-05-01T03:00:00","metadata_modified":"2025-01-10T02:00:00",
                  "organization":{"name":"disdik","title":"Dinas Pendidikan"},"tags":[],"resources":[]}]}}
                """).formatted(word, school).getBytes(StandardCharsets.UTF_8));
        app = OwnApplication.start(run, """
                jembatan:
                  sources:
                    - id: satudata-%s
                      agency-code: diskominfo
                      agency-name: Dinas Komunikasi dan Informatika
                      kind: ckan
                      url: %s
                      schedule: 2s
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                """.formatted(run, origin.base()), OwnApplication.ownTopics(run));

        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        JsonNode dataset = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(dataset.get("title").asText()).isEqualTo("Jumlah Penduduk Kota Sawahlunto 2024");
        assertThat(dataset.get("kind").asText()).isEqualTo("PROGRAMME");
        assertThat(dataset.get("agency").get("code").asText()).isEqualTo("disdukcapil");
        assertThat(dataset.get("agency").get("name").asText()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(dataset.get("url").asText()).isEqualTo(origin.base() + "/dataset/jumlah-penduduk-2024");
        assertThat(dataset.get("modifiedAt").asText()).isEqualTo("2025-03-04T09:15:00.500Z");
        assertThat(dataset.get("tags").toString()).contains("penduduk");
        assertThat(dataset.get("attachments").get(0).get("url").asText())
                .isEqualTo("https://data.example.go.id/penduduk.csv");
        // the applications of the test JVM share the topics: words of this test's own find its documents
        assertThat(app.awaitHits(school, 1).get("hits").get(0).get("agency").get("code").asText())
                .isEqualTo("disdik");

        long documents = app.endOffset(app.topics().documents());
        await().atMost(Duration.ofSeconds(30)).until(() -> origin.requests().stream()
                .filter(headers -> headers.get("target").contains("&fq=")).count() >= 2);
        assertThat(app.endOffset(app.topics().documents())).as("unchanged datasets write nothing").isEqualTo(documents);
        assertThat(origin.requests().stream().filter(headers -> headers.get("target").contains("&fq="))
                .findFirst().orElseThrow().get("target")).contains("2025-03-04T09%3A15%3A00.500Z");
    }
}
