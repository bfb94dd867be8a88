package id.perpustakaan.jembatan.indexer.oai;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records as harvesters list them: in datestamp order, then by id, each page continuing after the last record
 * of the one before ({@code search_after}) rather than at an offset. A record changed or withdrawn during a harvest
 * takes a later datestamp and comes again further on; the records not yet reached never shift. So a harvest that
 * runs while the index changes misses nothing, at any depth, and costs one page of memory.
 */
public class OaiCatalogue {

    /** Agencies are a few hundred at most; more labels than this are not listed as sets. */
    private static final int MOST_SETS = 1_000;

    /** What a list asks for: a set (its subsets included), and datestamps from and until (both inclusive). */
    public record Selection(String set, Instant from, Instant until) {
    }

    /** Where a list continues: after this record. */
    public record After(Instant datestamp, String id) {
    }

    /** One page of a list, and how many records the whole list holds now. */
    public record Page(List<OaiEntry> entries, long total) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public OaiCatalogue(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Optional<OaiEntry> find(String id) throws IOException {
        GetResponse<OaiEntry> found = client.get(g -> g.index(alias).id(id), OaiEntry.class);
        return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    }

    /** Up to {@code size} records of the selection after {@code after} (from the start when {@code null}). */
    public Page page(Selection selection, After after, int size) throws IOException {
        SearchResponse<OaiEntry> response = client.search(s -> {
            s.index(alias).size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query(selection))
                    .sort(o -> o.field(f -> f.field("datestamp").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            return after == null ? s : s.searchAfter(FieldValue.of(after.datestamp().toEpochMilli()),
                    FieldValue.of(after.id()));
        }, OaiEntry.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new Page(response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList(), total);
    }

    /** The oldest datestamp, if there is a record at all. */
    public Optional<Instant> earliest() throws IOException {
        SearchResponse<OaiEntry> response = client.search(s -> s.index(alias).size(1)
                .source(src -> src.filter(f -> f.includes("id", "datestamp")))
                .sort(o -> o.field(f -> f.field("datestamp").order(SortOrder.Asc))), OaiEntry.class);
        return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).findFirst()
                .map(OaiEntry::datestamp);
    }

    /** Every set a record is in, by spec, and the labels naming the agency sets ("spec name"). */
    public record Sets(List<String> specs, List<String> labels) {
    }

    public Sets sets() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .aggregations("specs", a -> a.terms(t -> t.field("sets").size(MOST_SETS)))
                .aggregations("labels", a -> a.terms(t -> t.field("setLabels").size(MOST_SETS))), Void.class);
        return new Sets(keys(response, "specs"), keys(response, "labels"));
    }

    private static List<String> keys(SearchResponse<Void> response, String aggregation) {
        List<String> keys = new ArrayList<>();
        response.aggregations().get(aggregation).sterms().buckets().array()
                .forEach(bucket -> keys.add(bucket.key().stringValue()));
        return keys;
    }

    private static Query query(Selection selection) {
        return Query.of(q -> q.bool(b -> {
            if (selection.set() != null) {
                b.filter(f -> f.term(t -> t.field("sets").value(selection.set())));
            }
            if (selection.from() != null || selection.until() != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field("datestamp");
                    if (selection.from() != null) {
                        d.gte(selection.from().toString());
                    }
                    if (selection.until() != null) {
                        d.lte(selection.until().toString());
                    }
                    return d;
                })));
            }
            return b;
        }));
    }
}
