package id.perpustakaan.jembatan.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.core.env.Environment;

/**
 * The Kafka broker and Elasticsearch node started for a machine that has none configured. One of each per JVM,
 * however many application contexts use them (the tests start several); stopped when the last context using them
 * closes, or at the latest when the JVM exits.
 *
 * <p>The node takes longer to start than the broker and the application context together, so it starts in the
 * background on a port fixed in advance: the broker and the context come up meanwhile, and the context waits for the
 * node only before its components start ({@link LocalNode}).
 */
final class LocalServices {

    private static LocalKafka kafka;
    private static LocalKafka.Settings kafkaSettings;
    // read without the lock by health, which must not wait for a start in another context
    private static volatile NodeSupervisor elasticsearch;
    private static CompletableFuture<NodeSupervisor> nodeStart;
    private static String nodeUri;
    private static int users;
    private static boolean hookInstalled;

    private LocalServices() {
    }

    static synchronized String kafka(Environment environment, Path dataDir) {
        if (kafka == null) {
            installShutdownHook();
            LocalKafka.Settings settings = new LocalKafka.Settings(dataDir.resolve("kafka"),
                    environment.getProperty("jembatan.local.kafka.port", Integer.class, 9092),
                    environment.getProperty("jembatan.kafka.max-message-bytes", Integer.class, 8_388_608));
            kafka = LocalKafka.start(settings);
            // a broker started again comes back where clients expect it
            kafkaSettings = new LocalKafka.Settings(settings.dataDir(), kafka.port(), settings.maxMessageBytes());
        }
        return kafka.bootstrapServers();
    }

    /** Starts the node in the background unless it runs; its address at once, {@link #awaitElasticsearch()} waits. */
    static synchronized String elasticsearch(Environment environment, Path dataDir) {
        // a start that failed is tried again by the next context that needs the node
        if (nodeStart == null || nodeStart.isCompletedExceptionally()) {
            installShutdownHook();
            int configuredPort = environment.getProperty("jembatan.local.elasticsearch.port", Integer.class, 9200);
            // a configured port may still be held by a node a crashed run left: the start stops that one first
            int port = configuredPort == 0 ? Ports.claim(0, "Elasticsearch node", "jembatan.local.elasticsearch.port")
                    : configuredPort;
            LocalElasticsearch.Settings settings = new LocalElasticsearch.Settings(
                    Path.of(environment.getRequiredProperty("jembatan.local.elasticsearch.home")),
                    dataDir.resolve("elasticsearch"), port,
                    environment.getProperty("jembatan.local.elasticsearch.java-home",
                            environment.getProperty("ES_JAVA_HOME", "")),
                    environment.getProperty("jembatan.local.elasticsearch.heap", "512m"),
                    environment.getProperty("jembatan.local.elasticsearch.start-timeout", Duration.class,
                            Duration.ofMinutes(2)));
            RestartBackoff backoff = new RestartBackoff(
                    environment.getProperty("jembatan.local.elasticsearch.restart-delay", Duration.class,
                            RestartBackoff.DEFAULT.first()),
                    environment.getProperty("jembatan.local.elasticsearch.restart-delay-max", Duration.class,
                            RestartBackoff.DEFAULT.cap()),
                    RestartBackoff.DEFAULT.stable());
            CompletableFuture<NodeSupervisor> start = new CompletableFuture<>();
            nodeStart = start;
            Thread starter = new Thread(() -> started(start, settings, backoff), "local-elasticsearch-start");
            starter.setDaemon(true);
            starter.start();
            nodeUri = "http://127.0.0.1:" + port;
        } else if (elasticsearch != null) {
            elasticsearch.ensureRunning();
        }
        return nodeUri;
    }

    private static void started(CompletableFuture<NodeSupervisor> start, LocalElasticsearch.Settings settings,
                                RestartBackoff backoff) {
        NodeSupervisor supervisor;
        try {
            supervisor = NodeSupervisor.start(settings, backoff);
        } catch (RuntimeException e) {
            // kept, so that the context waiting for it (LocalNode) fails with the reason however late it asks
            start.completeExceptionally(e);
            return;
        }
        synchronized (LocalServices.class) {
            if (nodeStart != start) {
                // everything was stopped while the node came up
                supervisor.close();
                start.completeExceptionally(new IllegalStateException("the local services were stopped"));
                return;
            }
            elasticsearch = supervisor;
        }
        start.complete(supervisor);
    }

    /**
     * Waits until the node started in the background answers; a node that could not start fails here with its
     * reason. Returns at once when none was started.
     */
    static void awaitElasticsearch() {
        CompletableFuture<NodeSupervisor> start;
        synchronized (LocalServices.class) {
            start = nodeStart;
        }
        if (start != null) {
            try {
                start.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    /** What the supervisor knows of the local node; empty when none was started in this JVM. */
    static Optional<LocalNodeStatus> elasticsearchStatus() {
        return Optional.ofNullable(elasticsearch).map(NodeSupervisor::status);
    }

    /** The local node's own process while it runs, for the drills that kill it. */
    static Optional<ProcessHandle> elasticsearchProcess() {
        return Optional.ofNullable(elasticsearch).flatMap(NodeSupervisor::nodeProcess);
    }

    /**
     * Stops the local node as an outage would, leaving its data; its supervisor does not start it again,
     * {@link #restartElasticsearch()} does.
     */
    static void stopElasticsearch() {
        awaitElasticsearch();
        synchronized (LocalServices.class) {
            stopStartedElasticsearch();
        }
    }

    private static void stopStartedElasticsearch() {
        if (elasticsearch != null) {
            elasticsearch.stop();
        }
    }

    /** Stops the local broker as an outage would, leaving its data; {@link #restartKafka()} brings it back. */
    static synchronized void stopKafka() {
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
    }

    static synchronized void restartKafka() {
        if (kafkaSettings == null) {
            throw new IllegalStateException("no local Kafka broker was started in this JVM");
        }
        if (kafka == null) {
            kafka = LocalKafka.start(kafkaSettings);
        }
    }

    static void restartElasticsearch() {
        awaitElasticsearch();
        synchronized (LocalServices.class) {
            restartStartedElasticsearch();
        }
    }

    private static void restartStartedElasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException("no local Elasticsearch was started in this JVM");
        }
        elasticsearch.ensureRunning();
    }

    static synchronized void acquire() {
        users++;
    }

    static synchronized void release() {
        users--;
        if (users <= 0) {
            stopAll();
        }
        LocalServices.class.notifyAll();
    }

    /** For a start-up that failed: stops both unless another application context in this JVM uses them. */
    static synchronized void stopIfUnused() {
        if (users <= 0) {
            stopAll();
        }
    }

    private static synchronized void stopAll() {
        if (elasticsearch != null) {
            elasticsearch.close();
            elasticsearch = null;
        }
        // a start still under way closes its node when it is done (started() sees that it was forgotten)
        nodeStart = null;
        nodeUri = null;
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        kafkaSettings = null;
    }

    /**
     * On SIGTERM Spring closes its contexts in a shutdown hook of its own, at the same time as this one: let them
     * finish with Kafka and Elasticsearch first, then stop whatever is left.
     */
    private static synchronized void stopAtExit() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (users > 0 && System.nanoTime() < deadline) {
            try {
                LocalServices.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                break;
            }
        }
        stopAll();
    }

    private static void installShutdownHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(LocalServices::stopAtExit, "local-services-stop"));
            hookInstalled = true;
        }
    }
}
