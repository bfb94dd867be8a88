package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Stopping and starting the application keeps what it harvested, finds it once, and indexes nothing again: the
 * projection resumes from its committed offsets, the harvest memory is restored from the inbox index, not read from
 * the documents topic's beginning, and the sources' runs go on counting. Runs its own application (own inboxes,
 * index and consumer group) so that no other test's context harvests or indexes for it.
 */
class RestartIT {

    @Test
    void aRestartedApplicationFindsEveryDocumentOnceAndIndexesNothingAgain() throws Exception {
        String run = "restart" + Integer.toHexString(new Random().nextInt());
        String[] arguments = {
                "--server.port=0",
                "--jembatan.data-dir=" + System.getProperty("jembatan.data-dir") + "/" + run,
                "--jembatan.elasticsearch.index-prefix=" + run,
                "--jembatan.indexer.group-prefix=" + run,
                "--jembatan.harvest.shares.group=" + run + "-harvest",
                // its own topics: other applications of this JVM go on publishing to the shared ones, and what they
                // wrote after the first stop would be read from the topic by the second start
                "--jembatan.topics.documents=" + run + ".documents",
                "--jembatan.topics.published=" + run + ".published",
                "--jembatan.topics.reviews=" + run + ".reviews",
                "--jembatan.topics.deadletter=" + run + ".deadletter",
                "--jembatan.topics.harvest=" + run + ".harvest",
                "--jembatan.topics.runs=" + run + ".runs"};
        String word = PipelineIT.uniqueWord("mulaiulang");
        byte[] pdf = Documents.pdf("Maklumat Pelayanan", "Kata kunci " + word);
        String id;

        try (ConfigurableApplicationContext first = start(arguments)) {
            Path inbox = Path.of(first.getEnvironment().getProperty("jembatan.data-dir"), "inbox", "diskominfo");
            Files.write(inbox.resolve("maklumat.pdf"), pdf);
            JsonNode found = awaitHits(http(first), word, 1);
            id = found.get("hits").get(0).get("id").asText();
            assertThat(indexed(first)).isGreaterThanOrEqualTo(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(inbox.resolve(".done/maklumat.pdf")));
            // the inbox holds all of the documents topic before the stop, so that the restart reads none of it
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> OwnApplication.caughtUp(first.getEnvironment().getProperty(
                            "jembatan.kafka.bootstrap-servers"), run + "-inbox",
                            first.getBean(Topics.class).documents()));
            assertThat(memoryRecords(first, "topic")).as("its own publication, remembered when Kafka acknowledged"
                    + " it and not read back from the topic").isZero();
        }

        try (ConfigurableApplicationContext second = start(arguments)) {
            JsonNode found = awaitHits(http(second), word, 1);
            assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(id);
            // time for a projection that had lost its offsets to replay the topic
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> indexed(second) == 0);
            assertThat(awaitHits(http(second), word, 1).get("total").asInt()).isEqualTo(1);

            KnownRevisions memory = second.getBean(KnownRevisions.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> memory.knows(id));
            assertThat(memoryRecords(second, "snapshot")).as("documents restored from the inbox index")
                    .isGreaterThanOrEqualTo(1);
            assertThat(memoryRecords(second, "topic")).as("records of the documents topic read after the restart")
                    .isZero();
            // the restored memory at work: the same file dropped again is known, and becomes no new revision
            Path inbox = Path.of(second.getEnvironment().getProperty("jembatan.data-dir"), "inbox", "diskominfo");
            Files.write(inbox.resolve("maklumat.pdf"), pdf);
            SourceRuns runs = second.getBean(SourceRuns.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.of("diskominfo-inbox")
                    .map(SourceRun::unchanged).orElse(0) == 1);
            assertThat(runs.of("diskominfo-inbox").orElseThrow().added()).isEqualTo(1);
            // and the folder's run goes on from where it was before the restart, as every instance reads it
            JsonNode lastRun = await().atMost(Duration.ofSeconds(15)).until(() -> http(second).get()
                    .uri("/api/sources/diskominfo-inbox")
                    .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                    .retrieve().body(JsonNode.class).get("lastRun"), last -> last.path("unchanged").asInt() == 1);
            assertThat(lastRun.get("added").asInt()).isEqualTo(1);
        }
    }

    private static double memoryRecords(ConfigurableApplicationContext context, String from) {
        return context.getBean(MeterRegistry.class).counter("jembatan.harvest.memory.records", "from", from).count();
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(JembatanApplication.class).run(arguments);
    }

    private static RestClient http(ConfigurableApplicationContext context) {
        return RestClient.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    private static double indexed(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).counter("jembatan.indexer.operations",
                "projection", "public", "outcome", "acknowledged").count();
    }

    private static JsonNode awaitHits(RestClient http, String word, int expected) {
        return await().atMost(PipelineIT.SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get().uri(uri -> uri.path("/api/search").queryParam("q", word).build())
                        .retrieve().body(JsonNode.class), answer -> answer.get("total").asInt() == expected);
    }
}
