package id.perpustakaan.jembatan.app;

import static id.perpustakaan.jembatan.app.PublishedDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsRetention;
import id.perpustakaan.jembatan.indexer.analytics.SearchAnalytics;
import id.perpustakaan.jembatan.indexer.analytics.SearchEvent;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Searches and clicks are recorded without anything that identifies a person, and librarians read top queries,
 * queries that found nothing and searches per day, as JSON and as CSV.
 */
class SearchAnalyticsIT extends PipelineIT {

    private static final Set<String> RECORDED_FIELDS =
            Set.of("type", "at", "searchId", "query", "results", "filters", "sort", "documentId", "position");

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    IndexSetup indexSetup;

    @Value("${jembatan.elasticsearch.index-prefix}")
    String indexPrefix;

    @Test
    void librariansSeeTopAndZeroResultQueriesWithClicks() throws Exception {
        String word = uniqueWord("analitik");
        try (var published = new PublishedDocuments(bootstrapServers, topics.published())) {
            published.publish(document("an-" + word, "Beasiswa Analitik " + word).build());
        }
        awaitHits(word, 1);

        JsonNode first = searchFor(word + " beasiswa", "agency", "disdik");
        searchFor("  " + word.toUpperCase() + "   Beasiswa ", "kind", "news");
        searchFor(word + " tidakada", "agency", "disdik");
        http().post().uri("/api/search/clicks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("searchId", first.get("searchId").asText(), "q", word + " beasiswa",
                        "documentId", "an-" + word, "position", 1))
                .retrieve().toBodilessEntity();

        JsonNode report = await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(this::report,
                r -> find(r.get("topQueries"), word + " beasiswa") != null
                        && find(r.get("topQueries"), word + " beasiswa").get("clicks").asInt() == 1
                        && find(r.get("zeroResultQueries"), word + " tidakada") != null);
        JsonNode top = find(report.get("topQueries"), word + " beasiswa");
        assertThat(top.get("searches").asInt()).isEqualTo(2);
        assertThat(top.get("zeroResultSearches").asInt()).isZero();
        assertThat(find(report.get("zeroResultQueries"), word + " tidakada").get("zeroResultSearches").asInt())
                .isEqualTo(1);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        JsonNode days = report.get("searchesPerDay");
        assertThat(days).hasSize(30);
        assertThat(days.get(29).get("day").asText()).isEqualTo(today.toString());
        assertThat(days.get(29).get("searches").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(days.get(29).get("clicks").asInt()).isGreaterThanOrEqualTo(1);

        ResponseEntity<String> csv = librarian().get().uri("/api/analytics/top-queries.csv").retrieve()
                .toEntity(String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("top-queries-");
        assertThat(csv.getBody()).startsWith("query,searches,zero_result_searches,clicks\r\n")
                .contains("\r\n" + word + " beasiswa,2,0,1\r\n");
        assertThat(librarian().get().uri("/api/analytics/zero-result-queries.csv").retrieve().body(String.class))
                .contains(word + " tidakada,1,1,0");
        assertThat(librarian().get().uri("/api/analytics/searches-per-day.csv").retrieve().body(String.class))
                .startsWith("day,searches,zero_result_searches,clicks\r\n").contains(today.toString());
    }

    @Test
    void nothingThatIdentifiesAPersonIsRecorded() throws Exception {
        String word = uniqueWord("pribadi");
        http().get().uri(u -> u.path("/api/search").queryParam("q", word + " NIK 1372012345670001 siti@contoh.id")
                .build()).header("X-Forwarded-For", "203.0.113.7").header("User-Agent", "UjiBrowser/1.0")
                .retrieve().toBodilessEntity();

        List<ObjectNode> events = await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> recorded(word),
                found -> !found.isEmpty());
        ObjectNode event = events.get(0);
        assertThat(event.get("query").asText()).isEqualTo(word + " nik [nomor] [email]");
        List<String> fields = new ArrayList<>();
        event.fieldNames().forEachRemaining(fields::add);
        assertThat(RECORDED_FIELDS).containsAll(fields);
        assertThat(event.toString()).doesNotContain("127.0.0.1", "203.0.113.7", "UjiBrowser", "1372012345670001");
    }

    @Test
    void monthsPastTheRetentionAreDeletedWholeAndTheRestStays() throws Exception {
        Instant now = Instant.now();
        String old = indexSetup.analyticsIndex(now.minus(Duration.ofDays(500)));
        String edge = indexSetup.analyticsIndex(now.minus(Duration.ofDays(380)));
        indexSetup.ensureAnalyticsIndex(old);
        indexSetup.ensureAnalyticsIndex(edge);
        String word = uniqueWord("lama");
        record(old, now.minus(Duration.ofDays(500)), word);
        // a month whose newest event is within the retention stays, older events of that month with it
        record(edge, now.minus(Duration.ofDays(410)), word);
        record(edge, now.minus(Duration.ofDays(380)), word);
        elasticsearch.indices().refresh(r -> r.index(old, edge));
        assertThat(recorded(word)).hasSize(3);

        List<String> retired = new AnalyticsRetention(indexSetup, Duration.ofDays(400), Clock.systemUTC()).run();

        assertThat(retired).containsExactly(old);
        assertThat(elasticsearch.indices().exists(e -> e.index(old)).value()).isFalse();
        assertThat(recorded(word)).hasSize(2);
        assertThat(elasticsearch.indices().exists(e -> e.index(indexSetup.analyticsIndex(now))).value()).isTrue();
        assertThat(librarian().get().uri("/api/analytics").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aSearchRecordedBeforeTheTemplatesArePutStillCountsInTheReports() throws Exception {
        String prefix = "early-" + uniqueWord("").toLowerCase(Locale.ROOT);
        IndexSetup early = new IndexSetup(elasticsearch, prefix);
        String month = early.analyticsIndex(Instant.now());
        try {
            early.ensureAnalyticsIndex(month);
            early.ensure();

            assertThat(elasticsearch.indices().getAlias(a -> a.name(early.analyticsAlias())).aliases())
                    .containsOnlyKeys(month);
            var query = elasticsearch.indices().getMapping(m -> m.index(month)).get(month).mappings().properties()
                    .get("query");
            assertThat(query.isKeyword()).as("mapping of query: %s", query).isTrue();
        } finally {
            TestIndices.remove(elasticsearch, prefix);
        }
    }

    @Test
    void theReportsAreForLibrariansOnly() {
        int anonymous = http().get().uri("/api/analytics")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(anonymous).isEqualTo(401);
        int csv = http().get().uri("/api/analytics/top-queries.csv")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(csv).isEqualTo(401);
        int badClick = http().post().uri("/api/search/clicks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("searchId", "not-a-search", "documentId", "x", "position", 1))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(badClick).isEqualTo(400);
    }

    private JsonNode searchFor(String q, String filter, String value) {
        return http().get().uri(u -> u.path("/api/search").queryParam("q", q).queryParam(filter, value).build())
                .retrieve().body(JsonNode.class);
    }

    private JsonNode report() {
        return librarian().get().uri("/api/analytics?size=1000").retrieve().body(JsonNode.class);
    }

    private RestClient librarian() {
        return http().mutate().defaultHeaders(h -> h.setBasicAuth("pustakawan", "uji-pustakawan-2025")).build();
    }

    private static JsonNode find(JsonNode counts, String query) {
        for (JsonNode count : counts) {
            if (count.get("query").asText().equals(query)) {
                return count;
            }
        }
        return null;
    }

    private void record(String index, Instant at, String word) throws Exception {
        elasticsearch.index(i -> i.index(index).document(new SearchEvent(SearchEvent.SEARCH, at,
                SearchAnalytics.newSearchId(), word, 1L, List.of(), "relevance", null, null)));
    }

    private List<ObjectNode> recorded(String word) throws Exception {
        var response = elasticsearch.search(s -> s.index(indexPrefix + "-analytics")
                .query(q -> q.prefix(p -> p.field("query").value(word))), ObjectNode.class);
        return response.hits().hits().stream().map(hit -> hit.source()).toList();
    }
}
