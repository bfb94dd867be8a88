package id.perpustakaan.jembatan.app;

import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole application over HTTP with the real local Kafka broker and Elasticsearch node (one of each per test
 * JVM), harvesting the demo folder sources under the test's data directory. Subclasses share one context. Metrics
 * are exported as in production (Spring Boot's tests otherwise keep only an in-memory registry), so that
 * {@code /actuator/prometheus} answers what a scraper would read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
abstract class PipelineIT {

    static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
    private static final Random RANDOM = new Random();

    @LocalServerPort
    int port;

    @Value("${jembatan.data-dir}")
    Path dataDir;

    @Value("${jembatan.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    Topics topics;

    RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }

    /** A word no other test (and no earlier run on the same data) has used, so searches find only this test's files. */
    static String uniqueWord(String stem) {
        StringBuilder word = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    Path inbox(String agency) {
        return dataDir.resolve("inbox").resolve(agency);
    }

    /** Writes the file beside the inbox and moves it in, as a careful agency would; the read lock covers the rest. */
    Path drop(String agency, String name, byte[] content) throws IOException {
        Path staging = Files.createDirectories(dataDir.resolve("staging"));
        Path staged = Files.write(staging.resolve(name), content);
        return Files.move(staged, inbox(agency).resolve(name));
    }

    JsonNode search(String query) {
        return http().get().uri(uri -> uri.path("/api/search").queryParam("q", query).build())
                .retrieve().body(JsonNode.class);
    }

    /** Waits until the search finds exactly the expected number of documents, and returns the answer. */
    JsonNode awaitHits(String query, int expected) {
        return await().atMost(SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> search(query), answer -> answer.get("total").asInt() == expected);
    }

    /** The sum of a topic's end offsets: how many records were ever written to it. */
    long endOffset(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every dead letter on the topic so far. */
    List<DeadLetter> deadLetters() throws IOException {
        List<DeadLetter> letters = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topics.deadletter()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(JembatanJson.mapper().readValue(record.value(), DeadLetter.class));
                }
            }
        }
        return letters;
    }
}
