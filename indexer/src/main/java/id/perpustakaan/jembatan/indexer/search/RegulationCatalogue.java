package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The published regulations as a catalogue reads them (the JDIHN feed Jembatan serves): all of them in a stable
 * order, by id, without their text. Read a batch at a time with {@code search_after}, so that a whole catalogue costs
 * one batch of memory however many regulations there are.
 */
public class RegulationCatalogue {

    /** Elasticsearch's own ceiling on {@code from + size} (its default {@code index.max_result_window}). */
    public static final int DEEPEST = 10_000;

    /** One page of the catalogue, and how many regulations there are in all. */
    public record Page(List<Document> regulations, long total) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public RegulationCatalogue(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Regulations {@code from} to {@code from + size}, in id order; {@code from + size} at most {@link #DEEPEST}. */
    public Page page(int from, int size) throws IOException {
        SearchResponse<Document> response = client.search(s -> s.index(alias).from(from).size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("text", "html")))
                .query(q -> q.term(t -> t.field("kind").value(DocumentKind.REGULATION.name())))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), Document.class);
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new Page(response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList(), total);
    }

    /** Every regulation in id order, {@code batch} at a time. */
    public void each(int batch, Consumer<Document> regulation) throws IOException {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Document> response = client.search(s -> {
                s.index(alias).size(batch)
                        .source(src -> src.filter(f -> f.excludes("text", "html")))
                        .query(q -> q.term(t -> t.field("kind").value(DocumentKind.REGULATION.name())))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, Document.class);
            List<Hit<Document>> hits = response.hits().hits();
            hits.stream().map(Hit::source).filter(Objects::nonNull).forEach(regulation);
            if (hits.size() < batch) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
