package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Searches the public index. Queries are built with the typed client; user text never becomes query syntax. */
public class SearchService {

    private static final List<String> TERM_FACETS = List.of("agency", "kind", "language", "jenis",
            "klasifikasi", "tag");

    private final ElasticsearchClient client;
    private final String alias;
    private final Supplier<Synonyms> synonyms;

    public SearchService(ElasticsearchClient client, String alias, Supplier<Synonyms> synonyms) {
        this.client = client;
        this.alias = alias;
        this.synonyms = synonyms;
    }

    public SearchResult search(SearchQuery query) throws IOException {
        Cursor after = query.cursor() == null ? null
                : Cursor.decode(query.cursor(), SearchRequests.order(query).size());
        SearchResponse<Document> response;
        try {
            response = client.search(SearchRequests.of(alias, query, synonyms.get(), after), Document.class);
        } catch (ElasticsearchException e) {
            // an index made from template version 1 has no spell field until it is rebuilt: search without spelling
            if (e.status() != 400 || !query.text().hasWords()) {
                throw e;
            }
            response = client.search(SearchRequests.of(alias, query, synonyms.get(), after, false), Document.class);
        }

        List<SearchResult.Hit> hits = response.hits().hits().stream().map(SearchService::toHit).toList();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : TERM_FACETS) {
            facets.put(name, buckets(response.aggregations().get(name)));
        }
        facets.put("year", years(response.aggregations().get("year")));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        long before = after == null ? (long) query.page() * query.size() : after.seen();
        long seen = before + hits.size();
        String next = null;
        if (!hits.isEmpty() && seen < total) {
            next = new Cursor(response.hits().hits().get(hits.size() - 1).sort(), seen).encode();
        }
        int page = (int) Math.min(Integer.MAX_VALUE, before / query.size());
        return new SearchResult(total, page, query.size(), hits, facets, next,
                withResults(didYouMean(response, query), query));
    }

    /**
     * How many expired announcements match the search's words and filters: what a page that hides them says it hid.
     * Zero when the search shows them already.
     */
    public long expiredHidden(SearchQuery query) throws IOException {
        if (query.filters().includeExpired()) {
            return 0;
        }
        Query matching = SearchRequests.query(query.text(), query.filters().withExpired(), synonyms.get());
        return client.count(c -> c.index(alias).query(q -> q.bool(b -> b.filter(matching)
                .mustNot(SearchRequests.stillValid())))).count();
    }

    public Optional<Document> find(String id) throws IOException {
        GetResponse<Document> response = client.get(g -> g.index(alias).id(id), Document.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /**
     * The published document a sighting with this id was merged into (the same file or announcement seen first
     * elsewhere), when there is one: what an attachment link or a bookmark to the merged-away id must lead to.
     */
    public Optional<String> mergedInto(String id) throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(1).source(src -> src.fetch(false))
                .query(q -> q.term(t -> t.field("mergedIds").value(id))), Void.class);
        return response.hits().hits().stream().map(Hit::id).findFirst();
    }

    /**
     * Still-valid published documents most like the given one in title and text, best first ("related documents"
     * on a document page). The document itself is never among them.
     */
    public List<SearchResult.Hit> related(String id, int size) throws IOException {
        SearchResponse<Document> response = client.search(s -> s.index(alias)
                .size(size)
                .source(src -> src.filter(f -> f.excludes("text", "html")))
                .query(q -> q.bool(b -> b
                        .must(m -> m.moreLikeThis(mlt -> mlt
                                .fields("title", "text")
                                .like(l -> l.document(d -> d.index(alias).id(id)))
                                // the defaults (a term twice in the document, in five documents) suit large
                                // collections; an agency's handful of documents on one subject must relate too
                                .minTermFreq(1)
                                .minDocFreq(1)
                                .maxQueryTerms(25)))
                        .filter(SearchRequests.stillValid()))), Document.class);
        return response.hits().hits().stream().map(SearchService::toHit).toList();
    }

    /**
     * Serta merta information (a disaster, an outage, a health alert) published within the last {@code days} and
     * still valid, newest first: what the portal shows before anything else.
     */
    public List<SearchResult.Hit> urgent(int size, int days) throws IOException {
        SearchResponse<Document> response = client.search(s -> s.index(alias).size(size)
                .source(src -> src.filter(f -> f.excludes("text", "html")))
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("klasifikasi").value(Klasifikasi.SERTA_MERTA.name())))
                        .filter(f -> f.range(r -> r.date(d -> d.field("publishedAt").gte("now-" + days + "d"))))
                        .filter(SearchRequests.stillValid())))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), Document.class);
        return response.hits().hits().stream().map(SearchService::toHit).toList();
    }

    /** The alias searched, for whoever needs to send the same requests. */
    public String alias() {
        return alias;
    }

    /**
     * The suggestion when searching it with the same filters finds something, else {@code null}: a citizen is never
     * sent to an empty page. One count, stopped at the first match, and only when there is a suggestion.
     */
    private String withResults(String suggestion, SearchQuery query) throws IOException {
        if (suggestion == null) {
            return null;
        }
        Query suggested = SearchRequests.query(QueryText.parse(suggestion), query.filters(), synonyms.get());
        long found = client.count(c -> c.index(alias).query(suggested).terminateAfter(1L)).count();
        return found > 0 ? suggestion : null;
    }

    private static String didYouMean(SearchResponse<Document> response, SearchQuery query) {
        List<Suggestion<Document>> suggestions = response.suggest().get(SearchRequests.DID_YOU_MEAN);
        if (suggestions == null) {
            return null;
        }
        String searched = query.text().searchedWords();
        return suggestions.stream().filter(Suggestion::isPhrase)
                .flatMap(suggestion -> suggestion.phrase().options().stream())
                .map(option -> option.text())
                .filter(text -> !text.equals(searched))
                .findFirst().orElse(null);
    }

    private static SearchResult.Hit toHit(Hit<Document> hit) {
        Document d = hit.source();
        List<String> highlights = new ArrayList<>();
        highlights.addAll(hit.highlight().getOrDefault("title", List.of()));
        highlights.addAll(hit.highlight().getOrDefault("text", List.of()));
        return new SearchResult.Hit(d.id(), d.title(), d.agency(), d.kind(), d.summary(), highlights,
                d.publishedAt(), d.harvestedAt(), d.url(),
                d.original() == null ? null : d.original().fileName(),
                d.original() == null ? null : d.original().mediaType(),
                d.original() == null ? null : d.original().size(),
                d.modifiedAt(), d.validUntil(), d.language(), d.regulation(), d.tags(), d.author(), d.revision(),
                d.klasifikasi(), d.event());
    }

    private static List<SearchResult.FacetCount> buckets(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            String label = label(bucket.key().stringValue(), bucket.aggregations().get("name"));
            counts.add(new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount(), label));
        }
        return counts;
    }

    /** The agency's name from its {@code agencyLabels} ("code name"), {@code null} for other facets. */
    private static String label(String code, Aggregate labels) {
        if (labels == null || !labels.isSterms()) {
            return null;
        }
        return labels.sterms().buckets().array().stream().map(label -> label.key().stringValue())
                .filter(label -> label.startsWith(code + SearchFields.LABEL_SEPARATOR))
                .map(label -> label.substring(code.length() + 1)).findFirst().orElse(null);
    }

    private static List<SearchResult.FacetCount> years(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isDateHistogram()) {
            return List.of();
        }
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (DateHistogramBucket bucket : aggregate.dateHistogram().buckets().array()) {
            counts.add(new SearchResult.FacetCount(bucket.keyAsString(), bucket.docCount()));
        }
        return counts;
    }
}
