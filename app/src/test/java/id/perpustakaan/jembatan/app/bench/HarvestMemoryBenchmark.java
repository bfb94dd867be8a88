package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.indexer.inbox.InboxSnapshot;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import id.perpustakaan.jembatan.routes.normalise.DocumentsTopicFollower;
import id.perpustakaan.jembatan.routes.normalise.Duplicates;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.normalise.MemorySnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * How long a harvesting instance takes at start to know what was harvested: {@code
 * -Djembatan.bench.memory-documents=N} (20,000) generated documents written to a documents topic of their own and
 * projected into the inbox; then the harvest memory restored three times each way, from the inbox index and the
 * records after its offsets (what a start does now) and from the topic's beginning (what it did before, and does
 * without an inbox), with the documents per second of each and their ratio. Not a test: {@code ./mvnw -Pbench -pl
 * app -am verify -DskipTests} (the benchmarks run in {@code verify}, after the test phases, and measure nothing of
 * the suite, so it is skipped).
 */
public final class HarvestMemoryBenchmark {

    private static final int ROUNDS = 3;

    private HarvestMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("jembatan.bench.memory-documents", 20_000);
        String run = "memory" + Long.toHexString(System.currentTimeMillis());
        String topic = run + ".documents";
        Path data = Files.createTempDirectory("jembatan-memory");
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        try (ConfigurableApplicationContext app = BenchJembatan.start(data, inbox, run, "",
                "--jembatan.topics.documents=" + topic)) {
            String bootstrap = app.getEnvironment().getProperty("jembatan.kafka.bootstrap-servers");
            long written = System.nanoTime();
            publish(bootstrap, topic, count);
            RestClient http = RestClient.create("http://localhost:"
                    + app.getEnvironment().getProperty("local.server.port"));
            await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> http.get().uri("/actuator/health").retrieve().body(JsonNode.class) != null
                            && inboxCount(app, run) == count);
            System.out.printf("%,d documents written to %s and in the inbox index %.1f s later%n", count, topic,
                    (System.nanoTime() - written) / 1e9);

            KafkaClientConfig kafka = KafkaClientConfig.of(bootstrap);
            InboxSnapshot inboxSnapshot = app.getBean(InboxSnapshot.class);
            MemorySnapshot snapshot = inboxSnapshot::restore;
            System.out.printf("%-58s %10s %12s%n", "harvest memory of " + String.format("%,d", count)
                    + " documents, restored", "ms (best)", "documents/s");
            long indexRead = best(() -> {
                long started = System.nanoTime();
                long[] read = {0};
                inboxSnapshot.restore(document -> read[0]++);
                return (System.nanoTime() - started) / 1_000_000;
            });
            long fromIndex = best(() -> restore(kafka, topic, Optional.of(snapshot), count));
            long fromTopic = best(() -> restore(kafka, topic, Optional.empty(), count));
            print("from the inbox index, then the topic after its offsets", fromIndex, count);
            print("  of which reading the inbox index (documents not remembered)", indexRead, count);
            print("from the documents topic's beginning", fromTopic, count);
            System.out.printf("ratio (index / topic): %.2f%n", (double) fromIndex / fromTopic);
        }
    }

    private static long restore(KafkaClientConfig kafka, String topic, Optional<MemorySnapshot> snapshot, int count)
            throws Exception {
        KnownRevisions revisions = KnownRevisions.loading();
        long started = System.nanoTime();
        try (var follower = new DocumentsTopicFollower(new Duplicates(0.6), revisions, kafka, topic, snapshot,
                Duration.ofSeconds(30), Duration.ofMinutes(30), new SimpleMeterRegistry())) {
            follower.start();
            revisions.awaitLoaded();
            long took = (System.nanoTime() - started) / 1_000_000;
            if (revisions.size() != count) {
                throw new IllegalStateException("restored " + revisions.size() + " of " + count + " documents");
            }
            return took;
        }
    }

    private static long best(Restore restore) throws Exception {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            best = Math.min(best, restore.millis());
        }
        return best;
    }

    @FunctionalInterface
    private interface Restore {
        long millis() throws Exception;
    }

    private static void print(String what, long millis, int count) {
        System.out.printf("%-58s %,10d %,12.0f%n", what, millis, count * 1000.0 / millis);
    }

    private static long inboxCount(ConfigurableApplicationContext app, String run) throws Exception {
        var client = app.getBean(co.elastic.clients.elasticsearch.ElasticsearchClient.class);
        client.indices().refresh(r -> r.index(run + "-inbox"));
        return client.count(c -> c.index(run + "-inbox")).count();
    }

    private static void publish(String bootstrap, String topic, int count) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                Document document = GeneratedDocuments.generate(n);
                sent.add(producer.send(new ProducerRecord<>(topic, document.id(),
                        JembatanJson.mapper().writeValueAsString(document))));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
    }
}
