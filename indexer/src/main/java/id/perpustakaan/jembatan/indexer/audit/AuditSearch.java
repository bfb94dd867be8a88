package id.perpustakaan.jembatan.indexer.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.indexer.search.Cursor;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit as librarians read it: decisions newest first, filtered by document, librarian or action, a page at a
 * time at any depth ({@code search_after} on the time and the decision's place in the topic), so that its cost does
 * not grow with the number of decisions kept.
 */
public class AuditSearch {

    /** Pages the export reads the whole audit in. */
    private static final int EXPORT_PAGE = 1_000;
    private static final int SORT_FIELDS = 3;

    /** Which decisions: of one document, by one librarian, of one action; {@code null} for any. */
    public record Filter(String documentId, String by, ReviewAction action) {
    }

    /** @param next where the following page starts, or {@code null} when this one is the last */
    public record Page(List<ReviewDecision> decisions, long total, String next) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public AuditSearch(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * @param after a page's {@code next}, or {@code null} for the newest
     * @throws IllegalArgumentException when {@code after} is not a cursor of this audit
     */
    public Page page(Filter filter, int size, String after) throws IOException {
        Cursor cursor = after == null || after.isBlank() ? null : Cursor.decode(after, SORT_FIELDS);
        SearchResponse<ObjectNode> response = client.search(s -> {
            s.index(alias).size(size).trackTotalHits(t -> t.enabled(true)).query(query(filter))
                    .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("partition").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("offset").order(SortOrder.Desc)));
            if (cursor != null) {
                s.searchAfter(cursor.after());
            }
            return s;
        }, ObjectNode.class);
        List<ReviewDecision> decisions = new ArrayList<>();
        List<FieldValue> last = null;
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            decisions.add(JembatanJson.mapper().convertValue(hit.source(), ReviewDecision.class));
            last = hit.sort();
        }
        long total = response.hits().total() == null ? decisions.size() : response.hits().total().value();
        long seen = (cursor == null ? 0 : cursor.seen()) + decisions.size();
        String next = last != null && seen < total ? new Cursor(last, seen).encode() : null;
        return new Page(List.copyOf(decisions), total, next);
    }

    /** Every matching decision, newest first, read a page at a time: for the export. */
    public void forEach(Filter filter, Consumer<ReviewDecision> each) throws IOException {
        String after = null;
        do {
            Page page = page(filter, EXPORT_PAGE, after);
            page.decisions().forEach(each);
            after = page.next();
        } while (after != null);
    }

    private static Query query(Filter filter) {
        return Query.of(q -> q.bool(b -> {
            if (filter.documentId() != null) {
                b.filter(f -> f.term(t -> t.field("documentId").value(filter.documentId())));
            }
            if (filter.by() != null) {
                b.filter(f -> f.term(t -> t.field("by").value(filter.by())));
            }
            if (filter.action() != null) {
                b.filter(f -> f.term(t -> t.field("action").value(filter.action().name())));
            }
            return b;
        }));
    }
}
