package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published events that are not over yet, soonest first: the portal's agenda and the calendars. An event leaves
 * the agenda when it ends ({@code event.endsAt}) but stays findable in the search.
 */
public class AgendaSearch {

    /** The most events one answer lists: a month of a city's agenda, well within what a page or a calendar takes. */
    public static final int MAX_SIZE = 500;
    /** How far into an agenda one can page: its first 2 000 events, far beyond what a city holds at once. */
    public static final int MAX_WINDOW = MAX_SIZE * 4;
    /** The facets an agenda offers, by the field they count. */
    private static final Map<String, String> FACETS = Map.of("kecamatan", "event.place.kecamatan",
            "organiser", "event.organiser", "agency", "agencies");

    private final ElasticsearchClient client;
    private final String alias;

    public AgendaSearch(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * What is on between two moments.
     *
     * @param endsAfter   only events that end after this moment (now, for the agenda; a month ago, for a calendar that
     *                    keeps what just happened)
     * @param startsBefore only events that start before this moment, or null for no end
     * @param kecamatan   only events in one of these kecamatan; empty for all
     * @param organisers  only events held by one of these organisers; empty for all
     * @param agencies    only events published by one of these agencies (codes); empty for all
     * @param from        how many events to skip (paging)
     * @param size        how many to list, at most {@link #MAX_SIZE}
     */
    public record AgendaQuery(Instant endsAfter, Instant startsBefore, List<String> kecamatan, List<String> organisers,
                              List<String> agencies, int from, int size) {

        public AgendaQuery {
            if (endsAfter == null) {
                throw new IllegalArgumentException("an agenda needs the moment its events end after");
            }
            kecamatan = kecamatan == null ? List.of() : List.copyOf(kecamatan);
            organisers = organisers == null ? List.of() : List.copyOf(organisers);
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
            }
            if (from < 0 || from + size > MAX_WINDOW) {
                throw new IllegalArgumentException("an agenda lists its first " + MAX_WINDOW + " events; narrow it"
                        + " by days, kecamatan or organiser to see later ones");
            }
        }
    }

    /**
     * One answer: the events in the order they happen, how many there are in all, and how many events each
     * kecamatan, organiser and agency has on those days (whichever of them were chosen), to choose from.
     */
    public record Agenda(long total, List<Document> events, Map<String, List<SearchResult.FacetCount>> facets) {
    }

    public Agenda agenda(AgendaQuery query) throws IOException {
        SearchResponse<Document> response = client.search(s -> {
            s.index(alias).from(query.from()).size(query.size()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("text", "html")))
                    .query(q -> q.bool(b -> days(b, query)))
                    // the facets count every kecamatan, organiser and agency of those days, whichever are chosen
                    .postFilter(p -> p.bool(b -> choices(b, query)))
                    .sort(o -> o.field(f -> f.field("event.start").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(100))));
            return s;
        }, Document.class);
        List<Document> events = response.hits().hits().stream().map(Hit::source).toList();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : List.of("kecamatan", "organiser", "agency")) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            var aggregate = response.aggregations().get(name);
            if (aggregate != null && aggregate.isSterms()) {
                aggregate.sterms().buckets().array().forEach(bucket ->
                        counts.add(new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount())));
            }
            facets.put(name, counts);
        }
        long total = response.hits().total() == null ? events.size() : response.hits().total().value();
        return new Agenda(total, events, facets);
    }

    private static BoolQuery.Builder days(BoolQuery.Builder bool, AgendaQuery query) {
        bool.filter(f -> f.term(t -> t.field("kind").value(DocumentKind.EVENT.name())))
                .filter(f -> f.range(r -> r.date(d -> d.field("event.endsAt").gt(query.endsAfter().toString()))));
        if (query.startsBefore() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> d.field("event.start").lt(query.startsBefore().toString()))));
        }
        return bool;
    }

    private static BoolQuery.Builder choices(BoolQuery.Builder bool, AgendaQuery query) {
        terms(bool, "event.place.kecamatan", query.kecamatan());
        terms(bool, "event.organiser", query.organisers());
        terms(bool, "agencies", query.agencies());
        return bool;
    }

    private static void terms(BoolQuery.Builder bool, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> wanted = values.stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(wanted))));
        }
    }
}
