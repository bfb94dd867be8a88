package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
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
import tools.jackson.databind.JsonNode;

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

    @Test
    void aDocumentElasticsearchRefusesIsDeadLetteredAndDoesNotHoldUpTheOthers() throws Exception {
        String word = uniqueWord("tolak");
        String refusedId = "test-" + word;
        Document normal = TestDocuments.document(refusedId, "Ditolak " + word, "Ditolak " + word, 1_000);
        // a keyword of 40,000 bytes: Lucene refuses terms over 32,766 bytes, however often it is sent
        Document immense = new Document(normal.id(), normal.sourceId(), new Agency("x".repeat(40_000), "Uji"),
                normal.kind(), normal.title(), normal.summary(), normal.text(), null, "id", null, null,
                normal.publishedAt(), normal.modifiedAt(), normal.harvestedAt(), null, null, List.of(),
                normal.contentHash(), normal.revision(), null, List.of(), List.of(), null);
        publish(refusedId, TestDocuments.json(immense));
        String after = uniqueWord("lanjut");
        publish("test-" + after, document("test-" + after, "Sesudahnya " + after, 1_000));

        awaitHits(after, 1);
        List<DeadLetter> letters = await().atMost(SEARCHABLE_WITHIN).until(() -> deadLetters().stream()
                .filter(letter -> refusedId.equals(letter.documentId())).toList(), found -> !found.isEmpty());
        assertThat(letters.get(0).stage()).isEqualTo("index");
        assertThat(letters.get(0).reason()).startsWith("Elasticsearch refused the document (400")
                .contains("agency.code").hasSizeLessThan(400);
        assertThat(search(word).get("total").asInt()).isZero();
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
