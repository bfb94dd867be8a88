package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.Topics;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Both indices rebuilt from the topics: after losing them, with the same answers as before; while searches run,
 * without a failed or empty answer; and by themselves at start when the live index predates the template.
 * <p>
 * The rebuilds asked of a running application share one, seeded once: each leaves every alias on one live index
 * holding the same documents, which is all the next one needs. The rebuild at start has an application of its own,
 * as it replaces that application's index under it and starts it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIT {

    private static final int DOCUMENTS = 40;
    private String run;
    private String word;
    private List<String> subjects;
    private OwnApplication app;
    private Seeded shared;
    /** An application a test started for itself, closed after it. */
    private OwnApplication own;

    /** An application with its run, and the words its seeded documents are found by. */
    private record Seeded(OwnApplication app, String run, String word, List<String> subjects) {
    }

    @BeforeAll
    void startTheSharedApplication() throws Exception {
        shared = seeded(null);
    }

    @BeforeEach
    void useTheSharedApplication() {
        use(shared);
    }

    @AfterEach
    void closeOwn() {
        if (own != null) {
            own.close();
            own = null;
        }
    }

    @AfterAll
    void stop() {
        if (shared != null) {
            shared.app().close();
        }
    }

    @Test
    void deletingBothIndicesAndRebuildingGivesTheSameAnswers() throws Exception {
        Map<String, List<String>> before = answers();
        long inboxBefore = inboxCount();
        assertThat(inboxBefore).isEqualTo(DOCUMENTS);

        ElasticsearchClient client = app.bean(ElasticsearchClient.class);
        for (String alias : List.of(run + "-public", run + "-inbox")) {
            for (String index : client.indices().getAlias(a -> a.name(alias)).aliases().keySet()) {
                client.indices().delete(d -> d.index(index));
            }
        }
        assertThat(status(app.http().post().uri("/api/admin/indices/public/rebuild"))).isEqualTo(401);
        assertThat(status(app.http().post().uri("/api/admin/indices/public/rebuild")
                .headers(h -> h.setBasicAuth("pustakawan", "uji-pustakawan-2025")))).isEqualTo(403);
        rebuild("public");
        rebuild("inbox");

        // the new index shows what it holds after its next refresh; twenty searches take seconds on a loaded
        // machine, so one search waits for it and the twenty are compared once
        await().atMost(Duration.ofSeconds(30)).until(() -> app.search(word).get("total").asInt() == DOCUMENTS);
        assertThat(answers()).isEqualTo(before);
        assertThat(inboxCount()).isEqualTo(inboxBefore);
        JsonNode progress = app.admin().get().uri("/api/admin/indices/inbox/rebuild").retrieve().body(JsonNode.class);
        assertThat(progress.get("replayed").asLong()).isGreaterThanOrEqualTo(2 * DOCUMENTS);
        assertThat(progress.hasNonNull("fromIndex")).as("nothing was left to answer from").isFalse();

        // the audit and the failures, projections too, rebuilt from their topics while they answer
        String failedSource = run + "-inbox";
        app.publishAll(app.bean(Topics.class).deadletter(), Map.of(failedSource, TestDocuments.json(new DeadLetter(
                failedSource, "rusak.pdf", "rusak.pdf", null, "extract", "the PDF is damaged: ask for it again",
                "sha-rusak", Instant.parse("2025-02-01T00:00:00Z")))));
        String failures = await().atMost(Duration.ofSeconds(30)).until(() -> app.admin().get()
                .uri("/api/review/failures").retrieve().body(String.class), body -> body.contains(failedSource));
        String audit = app.admin().get().uri("/api/review/audit?limit=1000").retrieve().body(String.class);
        assertThat(audit).contains(run + "-0");
        rebuild("audit");
        rebuild("failures");
        await().atMost(Duration.ofSeconds(30)).until(() -> app.admin().get().uri("/api/review/audit?limit=1000")
                .retrieve().body(String.class).equals(audit)
                && app.admin().get().uri("/api/review/failures").retrieve().body(String.class).equals(failures));
    }

    @Test
    void searchesKeepAnsweringThroughARebuild() throws Exception {
        String oldIndex = liveIndex("public");
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
            while (searching.get()) {
                try {
                    long total = app.search(word).get("total").asLong();
                    if (total != DOCUMENTS) {
                        wrong.add("total " + total);
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    wrong.add(e.toString());
                }
            }
        });

        JsonNode done = rebuild("public");
        // and some more searches against the new index, however slow the machine is today
        int atSwitch = answered.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> answered.get() >= atSwitch + 3 && answered.get() > 5);
        searching.set(false);
        client.get();

        assertThat(wrong).isEmpty();
        assertThat(answered.get()).isGreaterThan(5);
        assertThat(done.get("fromIndex").asText()).isEqualTo(oldIndex);
        assertThat(liveIndex("public")).isEqualTo(done.get("toIndex").asText()).isNotEqualTo(oldIndex);
        assertThat(app.bean(ElasticsearchClient.class).indices().exists(e -> e.index(oldIndex)).value()).isFalse();
    }

    @Test
    void aRebuildAskedOfTwoInstancesAtOnceRunsOnce() throws Exception {
        // the shared application is the first instance; the second has a disk of its own
        try (OwnApplication second = OwnApplication.startInstance(run, "second", OwnApplication.NO_SOURCES)) {
            String oldIndex = liveIndex("public");
            CompletableFuture<ResponseEntity<JsonNode>> one = CompletableFuture.supplyAsync(() -> ask(app));
            CompletableFuture<ResponseEntity<JsonNode>> other = CompletableFuture.supplyAsync(() -> ask(second));
            List<ResponseEntity<JsonNode>> answers = List.of(one.get(), other.get());

            List<JsonNode> started = answers.stream().filter(a -> a.getStatusCode().value() == 202)
                    .map(ResponseEntity::getBody).toList();
            assertThat(started).isNotEmpty();
            if (started.size() == 1) {
                JsonNode refused = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst()
                        .orElseThrow().getBody();
                assertThat(refused.get("detail").asText()).contains("already running on another instance, into "
                        + started.get(0).get("toIndex").asText());
            } else {
                // the first was done before the second was asked: one after the other, never two at once
                assertThat(started.get(0).get("fromIndex").asText())
                        .isNotEqualTo(started.get(1).get("fromIndex").asText());
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> !liveIndex("public").equals(oldIndex)
                    && app.search(word).get("total").asInt() == DOCUMENTS);
            // the old index goes a moment after the alias moved; a half-built one would stay
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(app.bean(ElasticsearchClient.class)
                    .indices().get(g -> g.index(run + "-public-*")).indices())
                    .as("no half-built index is left").hasSize(1));
        }
    }

    private static ResponseEntity<JsonNode> ask(OwnApplication instance) {
        return instance.admin().post().uri("/api/admin/indices/public/rebuild")
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(tools.jackson.databind.json.JsonMapper.shared().readTree(response.getBody())));
    }

    @Test
    void anIndexFromAnOlderTemplateIsRebuiltAtStart() throws Exception {
        use(seeded("old"));
        own = app;
        ElasticsearchClient client = app.bean(ElasticsearchClient.class);
        String outdated = run + "-public-v0";
        client.indices().create(c -> c.index(outdated)
                .withJson(new StringReader("{\"mappings\":{\"_meta\":{\"templateVersion\":0}}}")));
        String current = liveIndex("public");
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(current).alias(run + "-public")))
                .actions(a -> a.add(add -> add.index(outdated).alias(run + "-public").isWriteIndex(true))));
        client.indices().delete(d -> d.index(current));
        own.close();
        own = null;

        own = app = OwnApplication.start(run, OwnApplication.NO_SOURCES);
        // 404 until the start-up has looked at the index and begun the rebuild
        JsonNode progress = await().atMost(Duration.ofSeconds(120))
                .ignoreException(HttpClientErrorException.NotFound.class).until(() -> app.admin().get()
                .uri("/api/admin/indices/public/rebuild").retrieve().body(JsonNode.class),
                p -> "SWITCHED".equals(p.get("state").asText()));
        long version = app.bean(IndexSetup.class).templateVersion(IndexKind.PUBLIC);
        assertThat(progress.get("reason").asText())
                .contains("template version " + version + " is newer than version 0");
        assertThat(app.search(word).get("total").asInt()).isEqualTo(DOCUMENTS);
        assertThat(liveIndex("public")).startsWith(run + "-public-v" + version + "-");
    }

    /** An application of a run of its own, seeded. */
    private Seeded seeded(String suffix) throws Exception {
        String name = "rebuild" + Integer.toHexString(new Random().nextInt()) + (suffix == null ? "" : suffix);
        OwnApplication started = OwnApplication.start(name, OwnApplication.NO_SOURCES);
        Seeded seeded = new Seeded(started, name, PipelineIT.uniqueWord("bangun"), List.of(
                PipelineIT.uniqueWord("padi"), PipelineIT.uniqueWord("jagung"), PipelineIT.uniqueWord("kopi"),
                PipelineIT.uniqueWord("karet"), PipelineIT.uniqueWord("sawit")));
        use(seeded);
        try {
            seed();
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        return seeded;
    }

    private void use(Seeded seeded) {
        app = seeded.app();
        run = seeded.run();
        word = seeded.word();
        subjects = seeded.subjects();
    }

    /** Documents harvested and published at once, as from a source that needs no review. */
    private void seed() throws Exception {
        Topics topics = app.bean(Topics.class);
        Map<String, String> documents = new LinkedHashMap<>();
        Map<String, String> decisions = new LinkedHashMap<>();
        long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = run + "-" + i;
            String subject = subjects.get(i % subjects.size());
            // a different weight for each document, so that the order of answers is the scores'
            String text = "Kabar " + word + " tentang " + (subject + " ").repeat(1 + i / subjects.size() % 4)
                    + "di Kota Sawahlunto.";
            Document document = TestDocuments.document(id, "Kabar " + subject + " " + i, text, start + i * 60_000L);
            documents.put(id, TestDocuments.json(document));
            decisions.put(id, TestDocuments.json(ReviewDecision.autoPublished(document,
                    Instant.ofEpochMilli(document.revision() + 1000))));
        }
        app.publishAll(topics.documents(), documents);
        app.publishAll(topics.published(), documents);
        app.publishAll(topics.reviews(), decisions);
        // the indices are set up beside the start: the search answers 503 and the inbox is missing until then
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                // one matcher: each ignoreException call replaces the one before
                .ignoreExceptionsMatching(e -> e instanceof HttpServerErrorException.ServiceUnavailable
                        || e instanceof ElasticsearchException)
                .until(() -> app.search(word).get("total").asInt() == DOCUMENTS && inboxCount() == DOCUMENTS);
    }

    /** Twenty searches: each subject, alone and with words of the title or text, exclusion, phrase, two pages. */
    private Map<String, List<String>> answers() {
        List<String> queries = new ArrayList<>();
        for (String subject : subjects) {
            queries.add(subject);
            queries.add(word + " " + subject);
        }
        for (String subject : subjects) {
            // in the title and in the text
            queries.add("kabar " + subject);
        }
        queries.add(word);
        queries.add(word + " -" + subjects.get(0));
        queries.add("\"tentang " + subjects.get(1) + "\"");
        queries.add(word + " " + subjects.get(2) + " sawahlunto");
        queries.add(word + " page2");
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String query : queries) {
            boolean secondPage = query.endsWith(" page2");
            String q = secondPage ? word : query;
            JsonNode result = app.http().get().uri(uri -> uri.path("/api/search").queryParam("q", q)
                    .queryParam("size", 10).queryParam("page", secondPage ? 1 : 0).build())
                    .retrieve().body(JsonNode.class);
            List<String> ids = new ArrayList<>();
            result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
            answers.put(query, ids);
        }
        assertThat(answers).hasSize(20).allSatisfy((query, ids) -> assertThat(ids).as(query).isNotEmpty());
        return answers;
    }

    private long inboxCount() throws Exception {
        return app.bean(ElasticsearchClient.class).count(c -> c.index(run + "-inbox")
                .query(q -> q.bool(b -> b.must(m -> m.match(t -> t.field("text").query(word)))
                        .filter(f -> f.term(t -> t.field("review.state").value("AUTO_PUBLISHED")))))).count();
    }

    private JsonNode rebuild(String index) {
        JsonNode started = app.admin().post().uri("/api/admin/indices/" + index + "/rebuild").retrieve()
                .body(JsonNode.class);
        assertThat(started.get("state").asText()).isEqualTo("REPLAYING");
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> app.admin()
                .get().uri("/api/admin/indices/" + index + "/rebuild").retrieve().body(JsonNode.class),
                p -> !"REPLAYING".equals(p.get("state").asText()));
    }

    private String liveIndex(String index) throws Exception {
        return app.bean(ElasticsearchClient.class).indices().getAlias(a -> a.name(run + "-" + index)).aliases()
                .keySet().iterator().next();
    }

    private static int status(org.springframework.web.client.RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> response.getStatusCode().value());
    }
}
