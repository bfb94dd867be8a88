package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import id.perpustakaan.jembatan.model.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Searches the public index. Queries are built with the typed client; user text never becomes query syntax. */
public class SearchService {

    private static final List<String> FIELDS =
            List.of("title^3", "regulation.tentang^2", "summary^2", "text", "agency.name");

    private final ElasticsearchClient client;
    private final String alias;

    public SearchService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public SearchResult search(SearchQuery query) throws IOException {
        boolean hasWords = query.q() != null && !query.q().isBlank();
        SearchResponse<Document> response = client.search(s -> {
            s.index(alias)
                    .query(filtered(query, hasWords))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("text", "html")))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(2)))))
                    .aggregations("agency", a -> a.terms(t -> t.field("agency.code").size(50)))
                    .aggregations("kind", a -> a.terms(t -> t.field("kind").size(10)));
            if (hasWords) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            // among equals (and without words), newest first
            return s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last")))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        }, Document.class);

        List<SearchResult.Hit> hits = response.hits().hits().stream().map(SearchService::toHit).toList();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        facets.put("agency", buckets(response, "agency"));
        facets.put("kind", buckets(response, "kind"));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, query.page(), query.size(), hits, facets);
    }

    public Optional<Document> find(String id) throws IOException {
        GetResponse<Document> response = client.get(g -> g.index(alias).id(id), Document.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
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
                        .filter(f -> f.bool(valid -> valid
                                .should(v -> v.range(r -> r.date(d -> d.field("validUntil").gte("now"))))
                                .should(v -> v.bool(none -> none.mustNot(n -> n.exists(e -> e.field("validUntil")))))))
                )), Document.class);
        return response.hits().hits().stream().map(SearchService::toHit).toList();
    }

    private static Query filtered(SearchQuery query, boolean hasWords) {
        return Query.of(q -> q.bool(b -> {
            if (hasWords) {
                b.must(m -> m.simpleQueryString(sq -> sq
                        .query(query.q())
                        .fields(FIELDS)
                        .defaultOperator(Operator.And)
                        // phrases, exclusion and whitespace only: no wildcards, fuzziness or field syntax
                        .flags(SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Not,
                                SimpleQueryStringFlag.Whitespace)
                        .lenient(true)));
            } else {
                b.must(m -> m.matchAll(all -> all));
            }
            if (!query.agencies().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field("agency.code")
                        .terms(v -> v.value(query.agencies().stream().map(FieldValue::of).toList()))));
            }
            if (!query.includeExpired()) {
                // still valid, or valid without an end
                b.filter(f -> f.bool(valid -> valid
                        .should(s -> s.range(r -> r.date(d -> d.field("validUntil").gte("now"))))
                        .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("validUntil")))))));
            }
            if (!query.kinds().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field("kind")
                        .terms(v -> v.value(query.kinds().stream().map(FieldValue::of).toList()))));
            }
            return b;
        }));
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
                d.original() == null ? null : d.original().size());
    }

    private static List<SearchResult.FacetCount> buckets(SearchResponse<Document> response, String name) {
        var aggregate = response.aggregations().get(name);
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            counts.add(new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount()));
        }
        return counts;
    }
}
