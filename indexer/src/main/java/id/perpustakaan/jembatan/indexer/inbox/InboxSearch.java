package id.perpustakaan.jembatan.indexer.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.ReviewState;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the inbox index for librarians: the queue (newest first, paged with {@code search_after} so that the
 * thousandth page costs what the first does), one entry, what waits per source, and near-duplicates of a text.
 * Never writes: the inbox follows the documents and reviews topics through its projection.
 */
public class InboxSearch {

    private static final String CURSOR_SEPARATOR = "~";

    private final ElasticsearchClient client;
    private final String alias;

    public InboxSearch(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** How many entries wait for a source, and since when the oldest of them waits. */
    public record Waiting(long count, Instant oldestHarvestedAt) {
    }

    /** Another entry whose text is much like the one asked about. */
    public record Similar(String id, String title, String sourceId, ReviewState state) {
    }

    public QueuePage queue(QueueQuery query) throws IOException {
        SearchResponse<ObjectNode> response = client.search(s -> {
            s.index(alias)
                    .query(filters(query))
                    // the agency filter applies to the hits only, so the counts show every agency
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("text", "html", "attachments")))
                    .aggregations("agency", a -> a.terms(t -> t.field("agencies").size(100)))
                    .sort(o -> o.field(f -> f.field("revision").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (query.agency() != null) {
                s.postFilter(f -> f.term(t -> t.field("agencies").value(query.agency())));
            }
            if (query.after() != null) {
                s.searchAfter(cursor(query.after()));
            }
            return s;
        }, ObjectNode.class);

        List<QueuePage.Item> items = new ArrayList<>();
        String next = null;
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            InboxEntry entry = InboxEntry.fromJson(hit.source());
            Document d = entry.document();
            items.add(new QueuePage.Item(d.id(), d.revision(), d.title(), d.agency(), d.sourceId(), d.kind(),
                    d.summary(), d.harvestedAt(), entry.state(), entry.publishedRevision(), ReviewProblems.of(d)));
            next = cursorAt(d.revision(), d.id());
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new QueuePage(total, items, counts(response.aggregations().get("agency")),
                items.size() < query.size() ? null : next);
    }

    /** The cursor of a queue page that ends at this entry: the page after it starts with the entry that follows. */
    public static String cursorAt(long revision, String id) {
        return revision + CURSOR_SEPARATOR + id;
    }

    /**
     * Makes every write the inbox holds visible to the queue's searches now, instead of within the index's refresh
     * interval: for a librarian's page right after their own decision was projected (a get sees it without this).
     */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias));
    }

    public Optional<InboxEntry> entry(String id) throws IOException {
        var response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        InboxEntry entry = InboxEntry.fromJson(response.source());
        return entry.document() == null ? Optional.empty() : Optional.of(entry);
    }

    /** Several entries in one request (a realtime multi-get), by id; ids not in the inbox are left out. */
    public Map<String, InboxEntry> entries(List<String> ids) throws IOException {
        Map<String, InboxEntry> entries = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return entries;
        }
        var response = client.mget(m -> m.index(alias).ids(ids), ObjectNode.class);
        for (var item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("cannot read inbox entry " + item.failure().id() + ": "
                        + item.failure().error().reason());
            }
            if (item.result().found() && item.result().source() != null) {
                InboxEntry entry = InboxEntry.fromJson(item.result().source());
                if (entry.document() != null) {
                    entries.put(item.result().id(), entry);
                }
            }
        }
        return entries;
    }

    /** Pending entries per source id. */
    public Map<String, Waiting> waitingBySource() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .query(q -> q.term(t -> t.field("review.state").value(ReviewState.PENDING.name())))
                .aggregations("source", a -> a.terms(t -> t.field("sourceId").size(1000))
                        .aggregations("oldest", o -> o.min(m -> m.field("harvestedAt")))), Void.class);
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        Aggregate sources = response.aggregations().get("source");
        if (sources != null && sources.isSterms()) {
            for (StringTermsBucket bucket : sources.sterms().buckets().array()) {
                Double oldest = bucket.aggregations().get("oldest").min().value();
                waiting.put(bucket.key().stringValue(), new Waiting(bucket.docCount(),
                        oldest == null || oldest.isInfinite() ? null : Instant.ofEpochMilli(oldest.longValue())));
            }
        }
        return waiting;
    }

    /** Entries whose text is much like this document's, the most alike first. */
    public List<Similar> nearDuplicates(Document document, int limit) throws IOException {
        if (document.text() == null || document.text().isBlank()) {
            return List.of();
        }
        String like = document.text().length() > 20_000 ? document.text().substring(0, 20_000) : document.text();
        SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(limit)
                .source(src -> src.filter(f -> f.includes("id", "title", "sourceId", "review.state")))
                .query(q -> q.bool(b -> b
                        .must(m -> m.moreLikeThis(mlt -> mlt.fields("text").like(l -> l.text(like))
                                .minTermFreq(1).minDocFreq(1).maxQueryTerms(50).minimumShouldMatch("60%")))
                        .mustNot(n -> n.ids(i -> i.values(document.id()))))), ObjectNode.class);
        List<Similar> similar = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode source = hit.source();
            String state = source.path("review").path("state").asText(null);
            similar.add(new Similar(hit.id(), source.path("title").asText(null), source.path("sourceId").asText(null),
                    state == null ? null : ReviewState.valueOf(state)));
        }
        return similar;
    }

    private static Query filters(QueueQuery query) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.terms(t -> t.field("review.state").terms(v -> v.value(
                    query.states().stream().map(state -> FieldValue.of(state.name())).toList()))));
            if (query.sourceId() != null) {
                b.filter(f -> f.term(t -> t.field("sourceId").value(query.sourceId())));
            }
            if (query.kind() != null) {
                b.filter(f -> f.term(t -> t.field("kind").value(query.kind())));
            }
            if (query.harvestedBefore() != null) {
                b.filter(f -> f.range(r -> r.date(d -> d.field("harvestedAt")
                        .lt(query.harvestedBefore().toString()))));
            }
            if (query.problemsOnly()) {
                b.filter(ReviewProblems.anyProblem());
            }
            return b;
        }));
    }

    private static List<FieldValue> cursor(String after) {
        int separator = after.indexOf(CURSOR_SEPARATOR);
        try {
            return List.of(FieldValue.of(Long.parseLong(after.substring(0, separator))),
                    FieldValue.of(after.substring(separator + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + after + "' is not a queue cursor: follow the queue's own"
                    + " 'next' link, or start again without 'after'");
        }
    }

    private static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        return counts;
    }
}
