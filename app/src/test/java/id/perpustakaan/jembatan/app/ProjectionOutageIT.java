package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.local.ElasticsearchOutage;
import id.perpustakaan.jembatan.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.springframework.web.client.HttpServerErrorException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public projection through an Elasticsearch outage and through an application stopped in the middle of a
 * batch: afterwards every document is searchable exactly once, and no offset was committed past a document
 * Elasticsearch had not acknowledged.
 */
class ProjectionOutageIT {

    private static final int DOCUMENTS = 1000;
    private final String run = "outage" + Integer.toHexString(new Random().nextInt());
    private final String word = PipelineIT.uniqueWord("pemadaman");
    private OwnApplication app;

    @AfterEach
    void stop() {
        // a failed assertion must not leave the node down for the tests after this one
        ElasticsearchOutage.end();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aMinuteWithoutElasticsearchLosesAndDoublesNothing() throws Exception {
        app = OwnApplication.start(run, OwnApplication.NO_SOURCES);
        String published = app.bean(Topics.class).published();
        String group = run + "-public";
        app.publishAll(published, documents(0, DOCUMENTS / 2));
        awaitTotal(DOCUMENTS / 2);
        long committedBefore = app.committed(group, published);

        ElasticsearchOutage.begin();
        Instant down = Instant.now();
        app.publishAll(published, documents(DOCUMENTS / 2, DOCUMENTS));
        JsonNode health = await().atMost(Duration.ofSeconds(30)).until(this::elasticsearchHealth,
                h -> !"UP".equals(h.get("status").asText()));
        assertThat(health.get("status").asText()).isIn("DOWN", "OUT_OF_SERVICE");
        // nothing committed while Elasticsearch is away, for the rest of the minute
        Duration rest = Duration.ofSeconds(60).minus(Duration.between(down, Instant.now()));
        if (!rest.isNegative() && !rest.isZero()) {
            await().during(rest).atMost(rest.plusSeconds(30)).until(() -> app.committed(group, published),
                    committed -> committed == committedBefore);
        }
        assertThat(app.committed(group, published)).as("nothing committed while Elasticsearch was away")
                .isEqualTo(committedBefore);
        ElasticsearchOutage.end();

        awaitTotal(DOCUMENTS);
        await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(elasticsearchHealth().get("status").asText()));
        assertThat(app.committed(group, published)).isGreaterThanOrEqualTo(committedBefore + DOCUMENTS / 2);
        assertEveryDocumentOnce();
    }

    @Test
    void anApplicationStoppedMidBatchResumesWithoutLossOrDoubles() throws Exception {
        // small batches, so that the stop surely falls between two of them or inside one
        String[] smallBatches = {"--jembatan.indexer.max-poll-records=5"};
        app = OwnApplication.start(run, OwnApplication.NO_SOURCES, smallBatches);
        String published = app.bean(Topics.class).published();
        app.publishAll(published, documents(0, DOCUMENTS));
        // 503 until the index is set up beside the start
        long partly = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(() -> total(), found -> found >= 50);
        app.close();
        assertThat(partly).as("stopped before the projection was done").isLessThan(DOCUMENTS);

        app = OwnApplication.start(run, OwnApplication.NO_SOURCES, smallBatches);
        awaitTotal(DOCUMENTS);
        assertEveryDocumentOnce();
    }

    private void assertEveryDocumentOnce() throws Exception {
        // a little time for anything still in flight to show up twice, if it could
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(this::total,
                found -> found == DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i += 97) {
            JsonNode hits = app.search("\"" + word + " nomor " + i + "\"").get("hits");
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).get("id").asText()).isEqualTo(id(i));
        }
    }

    private Map<String, String> documents(int from, int to) {
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            records.put(id(i), TestDocuments.json(TestDocuments.document(id(i), "Pengumuman " + word + " nomor " + i,
                    "Isi pengumuman " + word + " nomor " + i + " untuk warga.", 1_000 + i)));
        }
        return records;
    }

    private String id(int i) {
        return run + "-" + i;
    }

    private long total() {
        return app.search(word).get("total").asLong();
    }

    private void awaitTotal(int expected) {
        // the index is not there yet at start, nor while the node recovers after the outage
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(this::total,
                found -> found == expected);
    }

    private JsonNode elasticsearchHealth() {
        return app.admin().get().uri("/actuator/health/elasticsearch")
                .exchange((request, response) -> JsonMapper.shared().readTree(response.getBody()));
    }
}
