package id.perpustakaan.jembatan.app;

import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.local.SingleNodeKafka;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Time;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * A Kafka broker of a test's own that lets in only clients that authenticate with SASL/PLAIN (KRaft, broker and
 * controller in one, Apache Kafka's own server classes, as the local broker of the default run). Its users:
 * {@link #USER} with {@link #PASSWORD}, and the broker itself between its listeners.
 */
final class SaslBroker implements AutoCloseable {

    static final String USER = "jembatan";
    static final String PASSWORD = "kata-sandi-jembatan-2025";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private SaslBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** The client login of SASL/PLAIN for a user, as {@code sasl.jaas.config} takes it. */
    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** What a client passes to connect as {@link #USER}. */
    static Map<String, String> clientProperties(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", jaas(user, password));
    }

    static SaslBroker start(Path dataDir) throws IOException {
        // started before any application has set the levels of application.yml: the broker's configuration dump
        // and every request at DEBUG would bury the test's own output
        LoggingSystem logging = LoggingSystem.get(SaslBroker.class.getClassLoader());
        for (String logger : new String[] {"kafka", "org.apache.kafka", "state.change.logger"}) {
            logging.setLogLevel(logger, LogLevel.WARN);
        }
        int port = freePort();
        int controllerPort = freePort();
        Path logDir = Files.createDirectories(dataDir).toAbsolutePath();
        Properties config = SingleNodeKafka.config(logDir, controllerPort, 8_388_608);
        config.putAll(Map.of(
                "listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name", "SASL_PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                // the users the listener knows (user_<name>="<password>"), and the broker's own login among them
                "listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"broker\""
                        + " password=\"broker-secret\" user_broker=\"broker-secret\" user_" + USER + "=\""
                        + PASSWORD + "\";"));
        try {
            SingleNodeKafka.format(logDir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the SASL broker's storage in " + logDir + ": " + e, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
        SaslBroker broker = new SaslBroker(server, "127.0.0.1:" + port);
        broker.awaitReady();
        return broker;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** An admin client that logs in as {@link #USER}. */
    Admin admin() {
        Map<String, Object> config = new HashMap<>(clientProperties(USER, PASSWORD));
        config.put("bootstrap.servers", bootstrapServers);
        config.put("default.api.timeout.ms", 10_000);
        config.put("request.timeout.ms", 5_000);
        return Admin.create(config);
    }

    private void awaitReady() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            try (Admin admin = admin()) {
                return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
