package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jembatan against a broker that lets in only SASL/PLAIN clients, configured through
 * {@code jembatan.kafka.properties.*} alone: the route's Camel producers, the harvest memory's reader, the admin
 * client, the projections and the review writer's transactions all log in. Wrong credentials stop
 * the start at once, saying which setting to fix; no password reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecuredKafkaIT {

    private static final Duration WITHIN = PipelineIT.SEARCHABLE_WITHIN;
    private static SaslBroker broker;

    private final String run = "securedkafka" + Integer.toHexString(new Random().nextInt());
    private OwnApplication app;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SaslBroker.start(Path.of(System.getProperty("jembatan.data-dir"), "sasl-broker"));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aDroppedFileIsPublishedSearchableAndWithdrawnThroughASaslBroker(CapturedOutput output) throws Exception {
        Path inbox = Files.createTempDirectory("jembatan-sasl");
        app = OwnApplication.start(run, """
                jembatan:
                  sources:
                    - id: %s
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: folder
                      path: %s
                      schedule: 1s
                """.formatted(run, inbox), kafka(SaslBroker.USER, SaslBroker.PASSWORD));
        String word = PipelineIT.uniqueWord("sasl");

        Files.write(inbox.resolve("bansos.pdf"), Documents.pdf("Penyaluran Bantuan Sosial", "Bantuan " + word));

        String id = app.awaitHits(word, 1).get("hits").get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve(".done/bansos.pdf")));
        // the review writer's transaction, then the public projection reading it committed
        app.admin().post().uri("/api/review/items/{id}/withdraw", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "salah unggah, kata Dinas Sosial")).retrieve().toBodilessEntity();
        app.awaitHits(word, 0);
        // the audit, a projection of the reviews topic, read through the secured broker too
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(app.admin().get()
                .uri("/api/review/audit?documentId={id}", id).retrieve().body(JsonNode.class))
                .extracting(decision -> decision.get("action").asText()).contains("WITHDRAW"));
        JsonNode health = app.admin().get().uri("/actuator/health/kafka")
                .exchange((request, response) -> JsonMapper.shared().readTree(response.getBody()));
        assertThat(health.get("status").asText()).isEqualTo("UP");

        // every topic is the SASL broker's, which a client without credentials cannot even list
        try (Admin admin = broker.admin()) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .contains("jembatan.documents", "jembatan.published", "jembatan.reviews", "jembatan.deadletter");
        }
        try (Admin anonymous = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "default.api.timeout.ms", 3000, "request.timeout.ms", 2000))) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
        // the harvest memory read the documents topic through it too
        assertThat(output).contains("harvest memory knows")
                .doesNotContain("cannot read jembatan.documents")
                .contains("sasl.jaas.config=[hidden]")
                .doesNotContain(SaslBroker.PASSWORD);
    }

    @Test
    void wrongCredentialsStopTheStartSayingWhichSettingToFix(CapturedOutput output) {
        long started = System.nanoTime();
        Throwable failure = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try {
                app = OwnApplication.start(run, OwnApplication.NO_SOURCES, kafka(SaslBroker.USER, "salah-sandi"));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).as("the start with a wrong password").isNotNull();
        assertThat(messages(failure)).anySatisfy(message -> assertThat(message)
                .contains("Kafka at " + broker.bootstrapServers() + " cannot be used")
                .contains("the broker refused the credentials")
                .contains("jembatan.kafka.properties.sasl.jaas.config (JEMBATAN_KAFKA_PROPERTIES_SASL_JAAS_CONFIG)"));
        // refused at once, not after Kafka's timeouts
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(output).doesNotContain("salah-sandi");
    }

    private static String[] kafka(String user, String password) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--jembatan.kafka.bootstrap-servers=" + broker.bootstrapServers());
        SaslBroker.clientProperties(user, password).forEach((key, value) ->
                arguments.add("--jembatan.kafka.properties." + key + "=" + value));
        return arguments.toArray(String[]::new);
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }
}
