package id.perpustakaan.jembatan.app.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import id.perpustakaan.jembatan.app.JembatanApplication;
import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.projection.BatchWriter;
import id.perpustakaan.jembatan.indexer.projection.DeadLetterSink;
import id.perpustakaan.jembatan.indexer.projection.Projection;
import id.perpustakaan.jembatan.indexer.projection.ProjectionConsumers;
import id.perpustakaan.jembatan.indexer.projection.PublicOperations;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Projection throughput (Kafka topic to acknowledged index, offsets committed) against a bare bulk of the same
 * documents into the same node with the same batch size and requests in flight, measured in the same run. Not a
 * test: {@code ./mvnw -Pbench -pl app -am verify -DskipTests} (the skip keeps the suite from running first).
 * {@code -Djembatan.bench.projection-documents=N} sets the size.
 */
public final class ProjectionBenchmark {

    private static final String[] WORDS = ("pengumuman beasiswa pendaftaran sekolah dinas pendidikan kota sawahlunto"
            + " warga bantuan sosial program pemerintah daerah peraturan wali kota tahun anggaran pelayanan kesehatan"
            + " puskesmas jadwal vaksinasi pasar murah pelatihan usaha mikro kecil menengah perpustakaan umum layanan"
            + " kependudukan pencatatan sipil persyaratan berkas kantor kelurahan kecamatan desa jalan perbaikan air"
            + " bersih listrik rumah ibadah lomba anak remaja pemuda olahraga kebudayaan pariwisata tambang batubara")
            .split(" ");

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("jembatan.bench.projection-documents", 20_000);
        String run = "bench" + Long.toHexString(System.currentTimeMillis());
        String topic = run + ".published";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JembatanApplication.class).run(
                "--server.port=0",
                "--jembatan.data-dir=" + Files.createTempDirectory("jembatan-bench"),
                "--jembatan.elasticsearch.index-prefix=" + run,
                "--jembatan.indexer.group-prefix=" + run,
                "--JEMBATAN_SOURCES_FILE=classpath:bench-sources.yml")) {
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            IndexSetup setup = app.getBean(IndexSetup.class);
            IndexerProperties properties = app.getBean(IndexerProperties.class);
            String bootstrap = app.getEnvironment().getRequiredProperty("jembatan.kafka.bootstrap-servers");
            List<Document> documents = documents(count);
            publish(bootstrap, topic, documents);
            System.out.printf("%d documents of about %d bytes each, batches of %d, %d bulk requests in flight%n",
                    count, JembatanJson.mapper().writeValueAsBytes(documents.get(0)).length,
                    properties.maxPollRecords(), properties.bulkConcurrency());

            // a first round of each warms up the node, the client and the JIT
            bareBulk(client, setup, properties, documents.subList(0, Math.min(2_000, count)));
            project(client, setup, properties, bootstrap, topic, run + "-warm", Math.min(2_000, count));

            double bare = bareBulk(client, setup, properties, documents);
            double projected = project(client, setup, properties, bootstrap, topic, run + "-measured", count);
            System.out.printf("bare bulk:  %8.0f documents/s%n", bare);
            System.out.printf("projection: %8.0f documents/s (Kafka poll, bulk, wait for every answer, commit)%n",
                    projected);
            System.out.printf("ratio projection / bare bulk: %.2f (aim: at least 0.8)%n", projected / bare);
            System.out.println(MachineLoad.describe());

            System.out.println();
            System.out.println("searchable within (Kafka send to found by a search), documents written one by one:");
            System.out.println("  rate/s  documents    p50     p95     p99     max");
            int offset = 0;
            for (String rate : System.getProperty("jembatan.bench.visibility-rates", "20,500").split(",")) {
                int perSecond = Integer.parseInt(rate.trim());
                // ten seconds of writes at the rate, at least 100 documents, fresh ids for each rate
                int n = Math.min(count - offset, Math.max(100, perSecond * 10));
                long[] within = SearchableWithin.measure(client, setup, properties, bootstrap, run,
                        documents.subList(offset, offset + n), perSecond);
                offset += n;
                System.out.printf("  %6d  %9d  %6.0f  %6.0f  %6.0f  %6.0f%n", perSecond, within.length,
                        ms(within, 50), ms(within, 95), ms(within, 99), ms(within, 100));
            }
            System.out.println("  (milliseconds; aim: p95 within 1,000); " + MachineLoad.describe());
        }
    }

    private static double bareBulk(ElasticsearchClient client, IndexSetup setup, IndexerProperties properties,
                                   List<Document> documents) throws Exception {
        String index = setup.createPhysical(IndexKind.PUBLIC);
        CountDownLatch answered = new CountDownLatch(documents.size());
        BulkListener<Void> listener = new BulkListener<>() {
            @Override
            public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
            }

            @Override
            public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                response.items().forEach(item -> answered.countDown());
            }

            @Override
            public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                throw new IllegalStateException("bulk failed", failure);
            }
        };
        long start = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).listener(listener)
                .maxOperations(properties.maxPollRecords()).maxConcurrentRequests(properties.bulkConcurrency()))) {
            for (Document document : documents) {
                ingester.add(op -> op.index(i -> i.index(index).id(document.id()).version(document.revision())
                        .versionType(VersionType.External).document(document)));
            }
            ingester.flush();
            answered.await();
        }
        double rate = documents.size() / ((System.nanoTime() - start) / 1e9);
        setup.delete(index);
        return rate;
    }

    private static double project(ElasticsearchClient client, IndexSetup setup, IndexerProperties properties,
                                  String bootstrap, String topic, String group, int count)
            throws Exception {
        String index = setup.createPhysical(IndexKind.PUBLIC);
        String alias = group + "-alias";
        client.indices().putAlias(a -> a.index(index).name(alias).isWriteIndex(true));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // the projections' own consumer configuration, so that the benchmark measures what runs
        var consumer = ProjectionConsumers.create(KafkaClientConfig.of(bootstrap), properties, group);
        try (DeadLetterSink deadLetters = new DeadLetterSink(KafkaClientConfig.of(bootstrap), topic + ".deadletter",
                meters)) {
            Clock clock = Clock.systemUTC();
            Projection projection = new Projection(group, alias, consumer,
                    new BatchWriter(client, new PublicOperations(topic, clock), properties, clock), properties,
                    deadLetters, meters);
            var acknowledged = meters.counter("jembatan.indexer.operations", "projection", group, "outcome",
                    "acknowledged");
            long start = System.nanoTime();
            Thread thread = new Thread(projection, "bench-projection");
            thread.start();
            while (acknowledged.count() < count) {
                Thread.sleep(5);
            }
            double rate = count / ((System.nanoTime() - start) / 1e9);
            projection.stop();
            thread.join();
            client.indices().delete(d -> d.index(index));
            return rate;
        }
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static void publish(String bootstrap, String topic, List<Document> documents) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (Document document : documents) {
                sent.add(producer.send(new ProducerRecord<>(topic, document.id(),
                        JembatanJson.mapper().writeValueAsString(document))));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
    }

    /** Announcements of a few hundred words drawn from the vocabulary of the city's agencies. */
    private static List<Document> documents(int count) {
        Random random = new Random(42);
        List<Document> documents = new ArrayList<>(count);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 250; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
            }
            String title = "Pengumuman " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(
                    WORDS.length)] + " nomor " + i;
            Instant at = start.plusSeconds(i * 600L);
            documents.add(new Document("bench-" + i, "bench", new Agency("diskominfo", "Dinas Komunikasi dan"
                    + " Informatika"), DocumentKind.ANNOUNCEMENT, title, text.substring(0, 200), text.toString(),
                    null, "id", null, null, at, at, at, null, null, List.of("bench"), "hash-" + i,
                    at.toEpochMilli(), null, List.of(), List.of(), null));
        }
        return documents;
    }
}
