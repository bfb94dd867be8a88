package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.local.ElasticsearchOutage;
import id.perpustakaan.jembatan.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.client.HttpServerErrorException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local Elasticsearch node killed as a crash would ({@code kill -9} of its launcher and its server): its
 * supervisor notices, health says it is restarting and after which exit, and the node comes back by itself with its
 * data, so that search answers again with what was indexed before. A stop asked for (the outage drill) is left alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalNodeCrashIT {

    private static final int DOCUMENTS = 20;
    private final String run = "nodecrash" + Integer.toHexString(new Random().nextInt());
    private final String word = PipelineIT.uniqueWord("pemulihan");
    /** One application for both drills: each leaves the node running again, as the other begins. */
    private OwnApplication app;

    @BeforeAll
    void start() throws Exception {
        app = OwnApplication.start(run, OwnApplication.NO_SOURCES);
    }

    @AfterEach
    void nodeBack() {
        // a failed assertion must not leave the node down for the other drill and the tests after this class
        ElasticsearchOutage.end();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aNodeKilledWithKill9ComesBackByItselfAndSearchAnswersAgain() throws Exception {
        app.publishAll(app.bean(Topics.class).published(), documents());
        awaitSearchFinds(DOCUMENTS, Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(health().get("status").asText()));

        ProcessHandle node = ElasticsearchOutage.node();
        // the launcher first, so that it surely dies of the signal and not of its server's death
        List<ProcessHandle> processes = Stream.concat(Stream.of(node), node.descendants()).toList();
        assertThat(processes).as("Elasticsearch's launcher and its server").hasSizeGreaterThanOrEqualTo(2);
        Instant killed = Instant.now();
        processes.forEach(ProcessHandle::destroyForcibly);

        JsonNode restarting = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(this::health, h -> localNode(h).startsWith("local node restarting"));
        assertThat(restarting.get("status").asText()).isEqualTo("DOWN");
        assertThat(localNode(restarting)).isEqualTo("local node restarting after exit code 137, attempt 1");

        awaitSearchFinds(DOCUMENTS, Duration.ofSeconds(120));
        Duration back = Duration.between(killed, Instant.now());
        System.out.printf("local node killed with SIGKILL: search answered again after %.1f s%n",
                back.toMillis() / 1000.0);

        // the supervisor calls the node back once its own readiness check passes, which on a busy machine comes
        // up to a minute after the node first answers searches
        JsonNode up = await().atMost(Duration.ofSeconds(90)).until(this::health,
                h -> "UP".equals(h.get("status").asText()));
        assertThat(localNode(up)).startsWith("local node running, restarted ").endsWith("(last after exit code 137)");
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(ElasticsearchOutage.node().pid()).isNotEqualTo(node.pid());
    }

    @Test
    void aNodeStoppedOnPurposeIsNotStartedAgainByItsSupervisor() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(health().get("status").asText()));
        ProcessHandle node = ElasticsearchOutage.node();

        ElasticsearchOutage.begin();

        assertThat(node.isAlive()).isFalse();
        // five times the first restart delay: a supervisor that restarted it would have begun by then
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(this::health,
                h -> "DOWN".equals(h.get("status").asText()) && "local node stopped".equals(localNode(h)));

        ElasticsearchOutage.end();
        JsonNode up = await().atMost(Duration.ofSeconds(60)).until(this::health,
                h -> "UP".equals(h.get("status").asText()));
        assertThat(localNode(up)).startsWith("local node running");
    }

    private void awaitSearchFinds(int expected, Duration within) {
        // 503 while the node is away or the index is not set up yet
        await().atMost(within).pollInterval(Duration.ofMillis(250))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(() -> app.search(word).get("total").asInt() == expected);
    }

    private Map<String, String> documents() {
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = run + "-" + i;
            records.put(id, TestDocuments.json(TestDocuments.document(id, "Pengumuman " + word + " nomor " + i,
                    "Isi pengumuman " + word + " nomor " + i + " untuk warga.", 1)));
        }
        return records;
    }

    private JsonNode health() {
        return app.admin().get().uri("/actuator/health/elasticsearch")
                .exchange((request, response) -> JsonMapper.shared().readTree(response.getBody()));
    }

    private static String localNode(JsonNode health) {
        return health.path("details").path("localNode").asText();
    }
}
