package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.local.KafkaOutage;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker away while an agency drops a file: the file stays in its inbox and health says why; once the broker
 * is back the file is harvested, published and searchable, and only then leaves the inbox; the librarians' inbox
 * index shows it as published automatically. A feed run that loses the broker half-way keeps no validators, so
 * the next run after the broker is back reads the feed in full and publishes the entries the failed run could not.
 */
class KafkaOutageIT {

    private final String run = "kafkaoutage" + Integer.toHexString(new Random().nextInt());
    private OwnApplication app;

    @AfterEach
    void stop() {
        // a failed assertion must not leave the broker down for the tests after this one
        KafkaOutage.end();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aFileDroppedWhileKafkaIsDownWaitsInTheInboxAndIsPublishedWhenItIsBack() throws Exception {
        Path inbox = Files.createTempDirectory("jembatan-kafka-outage");
        app = OwnApplication.start(run, """
                jembatan:
                  sources:
                    - id: %s
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: folder
                      path: %s
                      schedule: 1s
                """.formatted(run, inbox));
        String word = PipelineIT.uniqueWord("bansos");
        await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(health("kafka").get("status").asText()));

        KafkaOutage.begin();
        Files.write(inbox.resolve("bansos.pdf"), Documents.pdf("Penyaluran Bantuan Sosial", "Bantuan " + word));
        JsonNode down = await().atMost(Duration.ofSeconds(60)).until(() -> health("kafka"),
                h -> "DOWN".equals(h.get("status").asText()));
        assertThat(down.get("status").asText()).isEqualTo("DOWN");
        // not released while Kafka cannot take it: the file stays in the inbox throughout 20 s of the outage
        await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(25)).until(() ->
                Files.exists(inbox.resolve("bansos.pdf")) && !Files.exists(inbox.resolve(".done/bansos.pdf"))
                        && !Files.exists(inbox.resolve(".failed/bansos.pdf")));

        KafkaOutage.end();
        await().atMost(Duration.ofSeconds(180))
                .until(() -> app.search(word).get("total").asInt() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve(".done/bansos.pdf")));
        assertThat(inbox.resolve("bansos.pdf")).doesNotExist();
        await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(health("kafka").get("status").asText()));

        // the librarians' inbox has it too, as published automatically (the source needs no review)
        String id = app.search(word).get("hits").get(0).get("id").asText();
        var elasticsearch = app.bean(ElasticsearchClient.class);
        ObjectNode entry = await().atMost(Duration.ofSeconds(30)).until(() -> elasticsearch
                .get(g -> g.index(run + "-inbox").id(id), ObjectNode.class).source(), e -> e != null
                && e.path("review").has("state"));
        assertThat(entry.get("review").get("state").asText()).isEqualTo("AUTO_PUBLISHED");
        assertThat(entry.get("review").get("decision").get("by").asText()).isEqualTo("system");
        assertThat(entry.get("publishedRevision").asLong()).isEqualTo(entry.get("revision").asLong());
    }

    @Test
    void aFeedRunThatLosesKafkaHalfWayLosesNoEntry() throws Exception {
        try (LocalOrigin origin = new LocalOrigin()) {
            String before = PipelineIT.uniqueWord("sebelum");
            serve(origin, entry("1", before));
            // a send fails after ~5 s and is not retried within the run: the outage outlasts the run
            app = OwnApplication.start(run, """
                    jembatan:
                      sources:
                        - id: %s
                          agency-code: diskominfo
                          agency-name: Dinas Komunikasi dan Informatika
                          kind: feed
                          url: %s/feed.xml
                          schedule: 2s
                          options:
                            allowed-hosts: 127.0.0.1
                            allow-private-addresses: "true"
                    """.formatted(run, origin.base()), "--jembatan.harvest.retries=0",
                    "--camel.component.kafka.max-block-ms=3000", "--camel.component.kafka.request-timeout-ms=2000",
                    "--camel.component.kafka.delivery-timeout-ms=5000");
            app.awaitHits(before, 1);

            KafkaOutage.begin();
            String during = PipelineIT.uniqueWord("selama");
            String also = PipelineIT.uniqueWord("juga");
            serve(origin, entry("1", before), entry("2", during), entry("3", also));
            int fetched = feedRequests(origin).size();
            // two runs read the changed feed while its entries could not reach Kafka: each failed, none kept it
            await().atMost(Duration.ofSeconds(90)).until(() -> feedRequests(origin).size() >= fetched + 2);
            KafkaOutage.end();

            app.awaitHits(during, 1);
            app.awaitHits(also, 1);
            assertThat(app.search(before).get("total").asInt()).isEqualTo(1);
        }
    }

    private static List<Map<String, String>> feedRequests(LocalOrigin origin) {
        return origin.requests().stream().filter(headers -> "/feed.xml".equals(headers.get("target"))).toList();
    }

    private static void serve(LocalOrigin origin, String... entries) {
        origin.put("/feed.xml", "application/rss+xml; charset=utf-8", ("<rss version=\"2.0\"><channel><title>Diskominfo"
                + "</title><link>" + origin.base() + "/</link><description>Berita</description>" + String.join("", entries)
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    }

    private static String entry(String guid, String word) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>Warta " + guid + "</title><description>"
                + "Warta " + word + " untuk warga kota.</description></item>";
    }

    private JsonNode health(String component) {
        return app.admin().get().uri("/actuator/health/" + component)
                .exchange((request, response) -> JsonMapper.shared().readTree(response.getBody()));
    }
}
