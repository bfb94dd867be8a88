package id.perpustakaan.jembatan.indexer.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the library's periodic evaluation reads: top queries, queries that found nothing, searches per day. */
public class AnalyticsReports {

    /** Western Indonesia Time: the library's days. */
    public static final int MAX_QUERIES = 1_000;

    private final ElasticsearchClient client;
    private final String alias;

    public AnalyticsReports(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** A query with what came of it. */
    public record QueryCount(String query, long searches, long zeroResultSearches, long clicks) {
    }

    public record DayCount(LocalDate day, long searches, long zeroResultSearches, long clicks) {
    }

    /** The reports over the days from {@code from} to {@code to}, both included. */
    public record Report(LocalDate from, LocalDate to, List<QueryCount> topQueries,
                         List<QueryCount> zeroResultQueries, List<DayCount> searchesPerDay) {
    }

    public Report report(LocalDate from, LocalDate to, int size) throws IOException {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to + ": swap them");
        }
        if (size < 1 || size > MAX_QUERIES) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_QUERIES + ", not " + size);
        }
        Instant start = from.atStartOfDay(LibraryTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant();
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .query(q -> q.range(r -> r.date(d -> d.field("at").gte(start.toString()).lt(end.toString()))))
                .aggregations("top", a -> a.filter(f -> f.exists(e -> e.field("query")))
                        .aggregations("queries", byQuery(size, "searches")))
                .aggregations("zero", a -> a.filter(zeroResults())
                        .aggregations("queries", byQuery(size, "_count")))
                .aggregations("days", a -> a.dateHistogram(h -> h.field("at").calendarInterval(CalendarInterval.Day)
                                .timeZone(LibraryTime.ZONE.getId()).format("yyyy-MM-dd").minDocCount(0)
                                .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.expr(from.toString())))
                                        .max(FieldDateMath.of(m -> m.expr(to.toString())))))
                        .aggregations(outcomes())), Void.class);

        List<QueryCount> top = queries(response.aggregations().get("top").filter().aggregations().get("queries"));
        List<QueryCount> zero = queries(response.aggregations().get("zero").filter().aggregations().get("queries"));
        List<DayCount> days = response.aggregations().get("days").dateHistogram().buckets().array().stream()
                .map(bucket -> new DayCount(LocalDate.parse(bucket.keyAsString()),
                        count(bucket.aggregations(), "searches"), count(bucket.aggregations(), "zero"),
                        count(bucket.aggregations(), "clicks")))
                .toList();
        return new Report(from, to, top.stream().filter(q -> q.searches() > 0).toList(), zero, days);
    }

    private static Aggregation byQuery(int size, String order) {
        return Aggregation.of(a -> a.terms(t -> t.field("query").size(size)
                        .order(NamedValue.of(order, SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))
                .aggregations(outcomes()));
    }

    private static Map<String, Aggregation> outcomes() {
        return Map.of(
                "searches", Aggregation.of(a -> a.filter(type(SearchEvent.SEARCH))),
                "zero", Aggregation.of(a -> a.filter(zeroResults())),
                "clicks", Aggregation.of(a -> a.filter(type(SearchEvent.CLICK))));
    }

    private static Query type(String type) {
        return Query.of(q -> q.term(t -> t.field("type").value(type)));
    }

    private static Query zeroResults() {
        return Query.of(q -> q.bool(b -> b.filter(type(SearchEvent.SEARCH))
                .filter(f -> f.term(t -> t.field("results").value(0)))));
    }

    private static List<QueryCount> queries(Aggregate aggregate) {
        List<QueryCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            counts.add(new QueryCount(bucket.key().stringValue(), count(bucket.aggregations(), "searches"),
                    count(bucket.aggregations(), "zero"), count(bucket.aggregations(), "clicks")));
        }
        return counts;
    }

    private static long count(Map<String, Aggregate> aggregations, String name) {
        return aggregations.get(name).filter().docCount();
    }
}
