package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.app.local.KafkaOutage;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The broker away while an agency drops a file: the file stays in its inbox and health says why; once the broker
 * is back the file is harvested, published and searchable, and only then leaves the inbox; the librarians' inbox
 * index shows it as published automatically.
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
        Thread.sleep(20_000);
        assertThat(inbox.resolve("bansos.pdf")).as("not released while Kafka cannot take it").exists();
        assertThat(inbox.resolve(".done/bansos.pdf")).doesNotExist();
        assertThat(inbox.resolve(".failed/bansos.pdf")).doesNotExist();

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

    private JsonNode health(String component) {
        return app.admin().get().uri("/actuator/health/" + component)
                .exchange((request, response) -> JembatanJson.mapper().readTree(response.getBody()));
    }
}
