package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * What the public index shows follows the published topic: the newest revision wins whatever the order of
 * delivery, a repeated revision changes nothing, and a tombstone removes the document.
 */
class PublicProjectionIT extends PipelineIT {

    @Test
    void keepsTheNewestRevisionWhenAnOlderOneArrivesLater() throws Exception {
        String word = uniqueWord("revisi");
        String id = "test-" + word;

        publish(id, document(id, "Jadwal lama " + word, 2_000));
        assertThat(awaitHits("\"Jadwal lama\" " + word, 1).get("hits").get(0).get("id").asText()).isEqualTo(id);

        publish(id, document(id, "Jadwal baru " + word, 3_000));
        publish(id, document(id, "Jadwal usang " + word, 1_000));
        publish(id, document(id, "Jadwal baru " + word, 3_000));
        // records of one partition are projected in order: once this one is visible, the ones above were handled
        String sentinel = uniqueWord("penanda");
        publish("test-" + sentinel, document("test-" + sentinel, "Penanda " + sentinel, 1));
        awaitHits(sentinel, 1);

        JsonNode newest = awaitHits("\"Jadwal baru\" " + word, 1);
        assertThat(newest.get("hits").get(0).get("id").asText()).isEqualTo(id);
        assertThat(search(word).get("total").asInt()).isEqualTo(1);
        assertThat(search("usang " + word).get("total").asInt()).isZero();
        JsonNode document = http().get().uri("/api/documents/" + id).retrieve().body(JsonNode.class);
        assertThat(document.get("revision").asLong()).isEqualTo(3_000);
    }

    @Test
    void aTombstoneRemovesTheDocumentFromTheSearch() throws Exception {
        String word = uniqueWord("tarik");
        String id = "test-" + word;
        publish(id, document(id, "Pengumuman yang ditarik " + word, 1_000));
        awaitHits(word, 1);

        publish(id, null);

        awaitHits(word, 0);
        int status = http().get().uri("/api/documents/" + id)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(404);
    }

    private void publish(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topics.published(), key, value)).get();
        }
    }

    private static String document(String id, String title, long revision) {
        return TestDocuments.json(TestDocuments.document(id, title, title, revision));
    }
}
