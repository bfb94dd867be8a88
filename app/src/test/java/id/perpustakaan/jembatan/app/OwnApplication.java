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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * An application of a test's own, started with a sources file the test writes (e.g. naming its local web server),
 * with its own data, index and consumer group, so that no other test's context harvests or indexes for it.
 */
final class OwnApplication implements AutoCloseable {

    /**
     * The runs started in this JVM that still have an open application, and the node each run's indices are on: a
     * run whose applications are all closed has its indices removed when its test class ends
     * ({@link FinishedTestIndices}).
     */
    private static final Map<String, Integer> OPEN = new HashMap<>();
    private static final Map<String, String> NODE = new HashMap<>();

    private final ConfigurableApplicationContext context;
    private final String run;

    private OwnApplication(ConfigurableApplicationContext context, String run) {
        this.context = context;
        this.run = run;
        opened(run, context.getEnvironment().getProperty("jembatan.elasticsearch.uris"));
    }

    /** Started again with the same run, it finds its data, index and consumer group again. */
    static OwnApplication start(String run, String sourcesYaml, String... moreArguments) throws IOException {
        return start(run, Path.of(System.getProperty("jembatan.data-dir"), run), sourcesYaml, moreArguments);
    }

    /**
     * One of several instances of a run: the same index and consumer groups, a disk of its own (data directory
     * {@link #dataDir(String, String)}).
     */
    static OwnApplication startInstance(String run, String instance, String sourcesYaml, String... moreArguments)
            throws IOException {
        return start(run, dataDir(run, instance), sourcesYaml, moreArguments);
    }

    static Path dataDir(String run, String instance) {
        return Path.of(System.getProperty("jembatan.data-dir"), run, instance);
    }

    private static OwnApplication start(String run, Path dataDir, String sourcesYaml, String... moreArguments)
            throws IOException {
        Path sources = Files.writeString(Files.createTempFile("jembatan-sources", ".yml"), sourcesYaml);
        List<String> arguments = new ArrayList<>(List.of(
                "--JEMBATAN_SOURCES_FILE=file:" + sources,
                "--jembatan.data-dir=" + dataDir,
                "--jembatan.elasticsearch.index-prefix=" + run,
                "--jembatan.indexer.group-prefix=" + run,
                // its instances share its sources, and no other test's
                "--jembatan.harvest.shares.group=" + run + "-harvest"));
        arguments.addAll(List.of(moreArguments));
        // a property given twice is bound as both values joined by a comma: a port of the test's own replaces 0
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--server.port="))) {
            arguments.add("--server.port=0");
        }
        return new OwnApplication(new SpringApplicationBuilder(JembatanApplication.class)
                .run(arguments.toArray(String[]::new)), run);
    }

    /** A sources file with no source: for tests that write to the topics themselves. */
    static final String NO_SOURCES = "jembatan:\n  sources: []\n";

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Writes records as a route would, in one producer: all acknowledged by the broker before this returns. */
    void publishAll(String topic, Map<String, String> records) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            records.forEach((key, value) -> sent.add(producer.send(new ProducerRecord<>(topic, key, value))));
            for (var future : sent) {
                future.get();
            }
        }
    }

    /** The sum over the topic's partitions of the offsets the consumer group committed. */
    long committed(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                    .mapToLong(entry -> entry.getValue().offset()).sum();
        }
    }

    /** Whether the consumer group has committed every record of the topic. */
    static boolean caughtUp(String bootstrapServers, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (var partition : admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
                ends.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
            }
            var end = admin.listOffsets(ends).all().get();
            return ends.keySet().stream().allMatch(partition -> committed.get(partition) != null
                    && committed.get(partition).offset() >= end.get(partition).offset());
        }
    }

    /** As the administrator of the test configuration. */
    RestClient admin() {
        return RestClient.builder().baseUrl("http://localhost:" + context.getEnvironment()
                        .getProperty("local.server.port"))
                .defaultHeaders(headers -> headers.setBasicAuth("admin-uji", "uji-admin-2025")).build();
    }

    String bootstrapServers() {
        return context.getEnvironment().getProperty("jembatan.kafka.bootstrap-servers");
    }

    /** The port its web server took. */
    String port() {
        return context.getEnvironment().getProperty("local.server.port");
    }

    RestClient http() {
        return RestClient.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    JsonNode search(String query) {
        return http().get().uri(uri -> uri.path("/api/search").queryParam("q", query).build()).retrieve()
                .body(JsonNode.class);
    }

    /** Waits until searches answer: the indices are set up beside the start, and searches answer 503 until then. */
    OwnApplication awaitSearchable() {
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(() -> search("siap") != null);
        return this;
    }

    JsonNode awaitHits(String query, int expected) {
        // right after the start the public index may still be being created: search answers 503 until it is
        return await().atMost(PipelineIT.SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(() -> search(query), answer -> answer.get("total").asInt() == expected);
    }

    long endOffset(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The topics this application writes to: the defaults, or a test's own ({@link #ownTopics}). */
    Topics topics() {
        return context.getBean(Topics.class);
    }

    /**
     * Arguments that give a run topics of its own: the applications of one test JVM share a broker, and one that
     * counts what is written to a topic must not count what the others write.
     */
    static String[] ownTopics(String run, String... more) {
        List<String> arguments = new ArrayList<>(List.of(more));
        for (String topic : List.of("documents", "published", "reviews", "deadletter", "harvest", "runs")) {
            arguments.add("--jembatan.topics." + topic + "=" + run + "." + topic);
        }
        return arguments.toArray(String[]::new);
    }

    List<DeadLetter> deadLetters(String sourceId) throws IOException {
        return deadLetters().stream().filter(letter -> sourceId.equals(letter.sourceId())).toList();
    }

    /** Every dead letter written so far, in the order of the topic. */
    List<DeadLetter> deadLetters() throws IOException {
        List<DeadLetter> letters = new ArrayList<>();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topics().deadletter()).stream()
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

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                context.getEnvironment().getProperty("jembatan.kafka.bootstrap-servers")),
                new StringDeserializer(), new StringDeserializer());
    }

    @Override
    public void close() {
        context.close();
        closed(run);
    }

    private static synchronized void opened(String run, String nodeUris) {
        OPEN.merge(run, 1, Integer::sum);
        if (nodeUris != null && !nodeUris.isBlank()) {
            NODE.put(run, nodeUris.split(",")[0].trim());
        }
    }

    private static synchronized void closed(String run) {
        OPEN.merge(run, -1, Integer::sum);
    }

    /** The runs whose applications are all closed, with the node their indices are on; forgotten once returned. */
    static synchronized Map<String, String> takeClosedRuns() {
        Map<String, String> closed = new HashMap<>();
        OPEN.entrySet().removeIf(entry -> {
            if (entry.getValue() > 0) {
                return false;
            }
            String node = NODE.remove(entry.getKey());
            if (node != null) {
                closed.put(entry.getKey(), node);
            }
            return true;
        });
        return closed;
    }
}
