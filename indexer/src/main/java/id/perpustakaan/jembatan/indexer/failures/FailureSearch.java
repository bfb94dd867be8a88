package id.perpustakaan.jembatan.indexer.failures;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.model.JembatanJson;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The failures by source, newest first within each, from the failures index: one request whatever the number of
 * failures kept.
 */
public class FailureSearch {

    /** Sources shown at most; more than a library has. */
    private static final int SOURCES = 1_000;
    /** Elasticsearch's own limit on hits per group ({@code index.max_inner_result_window}). */
    public static final int MAX_PER_SOURCE = 100;

    /**
     * @param sourceId {@code null} for failures no source is named for (e.g. the indexer's)
     * @param total    how many the source has, of which {@code entries} are the newest
     */
    public record Group(String sourceId, long total, List<Entry> entries) {
    }

    /** @param dismissal {@code null} while the failure still asks for action */
    public record Entry(DeadLetter letter, FailureDismissal dismissal) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public FailureSearch(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Every source's failures, sources in the order of their ids, at most {@code perSource} newest of each. */
    public List<Group> bySource(int perSource) throws IOException {
        int size = Math.max(1, Math.min(perSource, MAX_PER_SOURCE));
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .aggregations("groups", a -> a
                        .terms(t -> t.field("group").size(SOURCES).order(NamedValue.of("_key", SortOrder.Asc)))
                        .aggregations("latest", latest -> latest.topHits(h -> h.size(size)
                                .sort(o -> o.field(f -> f.field("failedAt").order(SortOrder.Desc)))))),
                Void.class);
        List<Group> groups = new ArrayList<>();
        for (StringTermsBucket bucket : response.aggregations().get("groups").sterms().buckets().array()) {
            List<Entry> entries = new ArrayList<>();
            for (Hit<JsonData> hit : bucket.aggregations().get("latest").topHits().hits().hits()) {
                entries.add(entryOf(hit.source().to(Map.class)));
            }
            String group = bucket.key().stringValue();
            groups.add(new Group(group.isEmpty() ? null : group, bucket.docCount(), List.copyOf(entries)));
        }
        return groups;
    }

    private static Entry entryOf(Map<?, ?> source) {
        JsonNode json = JembatanJson.mapper().valueToTree(source);
        JsonNode dismissal = json.get("dismissal");
        return new Entry(JembatanJson.mapper().convertValue(json, DeadLetter.class),
                dismissal == null || dismissal.isNull() ? null
                        : JembatanJson.mapper().convertValue(dismissal, FailureDismissal.class));
    }
}
