package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user's text reaches Elasticsearch only as text to analyse, never as query syntax. */
class SearchRequestsTest {

    private static final Synonyms SYNONYMS = new SynonymsFile(null, Clock.systemUTC()).get();

    @Test
    void hostileTextIsOnlyEverAnalysed() {
        String json = request("{\"match_all\":{}} title:x OR *:*");
        assertThat(json).doesNotContain("query_string").doesNotContain("simple_query_string")
                .doesNotContain("\"match_all\":{}}").contains("\"query\":\"title:x\"");
    }

    @Test
    void synonymsBecomeAlternatives() {
        String json = request("perwako parkir");
        assertThat(json).contains("\"query\":\"peraturan wali kota\"", "\"query\":\"perwali\"",
                "\"query\":\"parkir\"");
    }

    @Test
    void aCitedRegulationIsBoosted() {
        String json = request("perwako 12 2024");
        assertThat(json).contains("\"regulation.nomor\"", "\"regulation.tahun\"", "\"regulation.jenis\"");
    }

    @Test
    void aWordIsAlsoSearchedByItsStemBelowItsExactForm() {
        String json = request("perpustakaan");
        assertThat(json).contains("\"query\":\"perpustakaan\"", "\"query\":\"pustaka\"", "\"stemmed.title^3\"",
                "\"boost\":2.0", "\"fuzziness\":\"AUTO\"");
    }

    @Test
    void agenciesAreFilteredAndCountedOverEverySighting() {
        var query = new SearchQuery("lomba", List.of("disdik"), List.of(), 0, 10, false);
        String json = JsonpUtils.toJsonString(SearchRequests.of("test", query, SYNONYMS, null),
                new JacksonJsonpMapper());
        assertThat(json).contains("{\"terms\":{\"agencies\":[\"disdik\"]}}", "\"field\":\"agencies\"")
                .doesNotContain("\"agency.code\"");
    }

    @Test
    void tagsAreFilteredAsAnyOfThemInAnyCase() {
        var filters = new SearchFilters(null, List.of("PROGRAMME"), null, null, null, null, null, null, null, false,
                null, List.of("saringan", "Balita"));

        String json = json(new SearchQuery("", filters, SearchQuery.Order.NEWEST, 0, 10, null));

        assertThat(json).contains("{\"bool\":{\"minimum_should_match\":\"1\",\"should\":[{\"term\":{\"tags\":"
                + "{\"value\":\"saringan\",\"case_insensitive\":true}}},{\"term\":{\"tags\":{\"value\":\"Balita\","
                + "\"case_insensitive\":true}}}]}}");
        assertThat(filters.described()).contains("tag:saringan", "tag:Balita");
    }

    @Test
    void tagsAreCountedForTheFinderAndAnEventsWhenAndWhereComeWithEachHit() {
        String json = json(new SearchQuery("", SearchFilters.NONE, SearchQuery.Order.NEWEST, 0, 10, null));

        assertThat(json).contains("\"tag\":{\"terms\":{\"field\":\"tags\",\"size\":30}}")
                .containsPattern("\"includes\":\\[[^\\]]*\"event\"");
    }

    @Test
    void withExpiredShownStillValidOnesScoreAboveAnyTextMatchAndLeadTheOrder() {
        var shown = new SearchFilters(null, null, null, null, null, null, null, null, null, true);
        String byRelevance = json(new SearchQuery("lomba", shown, SearchQuery.Order.RELEVANCE, 0, 10, null));
        assertThat(byRelevance).contains("\"constant_score\":{\"boost\":1000.0,\"filter\":{\"bool\":{\"should\":"
                + "[{\"range\":{\"validUntil\":{\"gte\":\"now\"}")
                .contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}}");

        // ordered by date the text only filters: the score is 1 for still valid, 0 for expired, and sorts first
        String byDate = json(new SearchQuery("lomba", shown, SearchQuery.Order.NEWEST, 0, 10, null));
        assertThat(byDate).contains("\"constant_score\":{\"boost\":1.0,")
                .contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"publishedAt\":{\"missing\":\"_last\",\"order\":\"desc\"}}");
        assertThat(SearchRequests.order(new SearchQuery("lomba", shown, SearchQuery.Order.NEWEST, 0, 10, null)))
                .hasSize(3);

        String hidden = json(new SearchQuery("lomba", SearchFilters.NONE, SearchQuery.Order.NEWEST, 0, 10, null));
        assertThat(hidden).doesNotContain("\"constant_score\":{\"boost\":1.0,").doesNotContain("\"_score\"");
    }

    private static String json(SearchQuery query) {
        return JsonpUtils.toJsonString(SearchRequests.of("test", query, SYNONYMS, null), new JacksonJsonpMapper());
    }

    private static String request(String q) {
        var query = new SearchQuery(q, SearchFilters.NONE, SearchQuery.Order.RELEVANCE, 0, 10, null);
        return JsonpUtils.toJsonString(SearchRequests.of("test", query, SYNONYMS, null),
                new JacksonJsonpMapper());
    }
}
