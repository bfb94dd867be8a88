package id.perpustakaan.jembatan.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker in this JVM (KRaft, broker and controller in one), with Apache Kafka's own server
 * classes. Its storage is formatted once and then reused, so topics survive restarts.
 */
final class LocalKafka {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final int port;

    private LocalKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
        this.bootstrapServers = "127.0.0.1:" + port;
    }

    /** The broker's port as claimed, for starting it again where clients expect it. */
    int port() {
        return port;
    }

    record Settings(Path dataDir, int port, int maxMessageBytes) {
    }

    static LocalKafka start(Settings settings) {
        Path dataDir = settings.dataDir();
        int maxMessageBytes = settings.maxMessageBytes();
        int port = Ports.claim(settings.port(), "Kafka broker", "jembatan.local.kafka.port");
        int controllerPort = Ports.claim(0, "Kafka controller", "jembatan.local.kafka.port");
        Path logDir = dataDir.toAbsolutePath().normalize();
        Properties config = SingleNodeKafka.config(logDir, controllerPort, maxMessageBytes);
        config.putAll(Map.of(
                "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", "PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name", "PLAINTEXT",
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"));
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(config);
        try {
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                Files.createDirectories(logDir);
                SingleNodeKafka.format(logDir);
                log.info("formatted Kafka storage in {}", logDir);
            }
            KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
            server.startup();
            LocalKafka kafka = new LocalKafka(server, port);
            kafka.awaitReady();
            log.info("local Kafka broker ready at {} (data in {})", kafka.bootstrapServers, logDir);
            return kafka;
        } catch (Exception e) {
            throw new IllegalStateException("the local Kafka broker did not start (data in " + logDir + "): " + e, e);
        }
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("not ready after " + READY_TIMEOUT.toSeconds() + " s: " + last);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    void stop() {
        server.shutdown();
        server.awaitShutdown();
        log.info("local Kafka broker stopped");
    }
}
