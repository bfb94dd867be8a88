package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.projection.BatchWriter;
import id.perpustakaan.jembatan.indexer.projection.DeadLetterSink;
import id.perpustakaan.jembatan.indexer.projection.Projection;
import id.perpustakaan.jembatan.indexer.projection.ProjectionConsumers;
import id.perpustakaan.jembatan.indexer.projection.PublicOperations;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How long after its Kafka write a document is found by a search, at a steady rate of writes: the time a citizen
 * waits for a published announcement. Documents are written one by one at the rate (timed from the producer's
 * send), a live projection indexes them into an index behind an alias, and a watcher searches that alias for the
 * documents not found yet every {@value #WATCH_MILLIS} ms (the resolution of the measure). A search, not a get: a
 * get by id is real-time and would not wait for the refresh that makes a document searchable.
 */
final class SearchableWithin {

    private static final long WATCH_MILLIS = 10;

    private SearchableWithin() {
    }

    /** Latencies in nanoseconds, sorted, of {@code documents} written at {@code perSecond}. */
    static long[] measure(ElasticsearchClient client, IndexSetup setup, IndexerProperties properties,
                          String bootstrap, String run, List<Document> documents, int perSecond)
            throws Exception {
        String name = run + "-steady" + perSecond;
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
        String index = setup.createPhysical(IndexKind.PUBLIC);
        String alias = name + "-alias";
        client.indices().putAlias(a -> a.index(index).name(alias).isWriteIndex(true));
        // the projections' own consumer configuration, so that the benchmark measures what runs
        var consumer = ProjectionConsumers.create(KafkaClientConfig.of(bootstrap), properties, name);
        Map<String, Long> written = new ConcurrentHashMap<>();
        long[] latencies = new long[documents.size()];
        AtomicInteger found = new AtomicInteger();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (DeadLetterSink deadLetters = new DeadLetterSink(KafkaClientConfig.of(bootstrap), name + ".deadletter",
                meters);
             var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     bootstrap, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                     new StringSerializer(), new StringSerializer())) {
            Clock clock = Clock.systemUTC();
            Projection projection = new Projection(name, alias, consumer,
                    new BatchWriter(client, new PublicOperations(name, clock), properties, clock), properties,
                    deadLetters, meters);
            Thread indexing = new Thread(projection, "bench-steady-projection");
            indexing.start();
            Thread watcher = new Thread(() -> watch(client, alias, written, latencies, found), "bench-watcher");
            watcher.setDaemon(true);
            watcher.start();
            // the first document waits for the consumer group to form: found first, and not measured
            write(producer, name, written, documents.get(0));
            awaitFound(found, 1, Duration.ofMinutes(2));

            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            long start = System.nanoTime();
            for (int i = 1; i < documents.size(); i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    // pacing the writes at the rate measured, not waiting for a condition
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                write(producer, name, written, documents.get(i));
            }
            producer.flush();
            awaitFound(found, documents.size(), Duration.ofMinutes(2));
            projection.stop();
            indexing.join();
            watcher.interrupt();
            watcher.join();
        } finally {
            client.indices().delete(d -> d.index(index));
        }
        return Arrays.stream(latencies, 1, latencies.length).sorted().toArray();
    }

    private static void write(KafkaProducer<String, String> producer, String topic, Map<String, Long> written,
                              Document document) throws Exception {
        String json = JembatanJson.mapper().writeValueAsString(document);
        written.put(document.id(), System.nanoTime());
        producer.send(new ProducerRecord<>(topic, document.id(), json));
    }

    private static void watch(ElasticsearchClient client, String alias, Map<String, Long> written,
                              long[] latencies, AtomicInteger found) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<String> pending = new ArrayList<>(written.keySet());
                if (!pending.isEmpty()) {
                    var response = client.search(s -> s.index(alias).size(pending.size()).source(src -> src
                            .fetch(false)).query(q -> q.ids(ids -> ids.values(pending))), Void.class);
                    long now = System.nanoTime();
                    for (Hit<Void> hit : response.hits().hits()) {
                        Long at = written.remove(hit.id());
                        if (at != null) {
                            // only this thread writes: the count is raised after the write, so a reader sees both
                            latencies[found.get()] = now - at;
                            found.incrementAndGet();
                        }
                    }
                }
                // the watcher's sampling interval: the resolution of the latencies it measures
                TimeUnit.MILLISECONDS.sleep(WATCH_MILLIS);
            }
        } catch (InterruptedException e) {
            // measured
        } catch (Exception e) {
            throw new IllegalStateException("watching " + alias + " failed", e);
        }
    }

    private static void awaitFound(AtomicInteger found, int count, Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(WATCH_MILLIS)).until(() -> found.get() >= count);
    }
}
