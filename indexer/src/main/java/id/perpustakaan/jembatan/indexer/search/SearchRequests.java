package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Elasticsearch request of a {@link SearchQuery}: the text query, the filters, facets, highlighting, the
 * spelling suggestion and the order. Public so that a benchmark can send the very same request to Elasticsearch.
 */
public final class SearchRequests {

    /** Western Indonesia Time: the days and years citizens mean. */
    static final String TIME_ZONE = "+07:00";
    static final String DID_YOU_MEAN = "didYouMean";
    private static final String[] SOURCE_FIELDS = {"id", "title", "agency", "kind", "summary", "publishedAt",
        "modifiedAt", "harvestedAt", "validUntil", "url", "original", "language", "regulation", "tags", "author",
        "revision", "klasifikasi", "event"};
    /**
     * The tags a result list offers as filters (kelurahan, kecamatan, target groups of programmes): the most common
     * few, as many as a filter form can list without burying its other filters.
     */
    static final int TAG_FACET_SIZE = 30;

    private SearchRequests() {
    }

    /**
     * @param after where the previous page ended, or {@code null} for a numbered page
     */
    public static SearchRequest of(String index, SearchQuery query, Synonyms synonyms, Cursor after) {
        return of(index, query, synonyms, after, true);
    }

    /** @param spelling whether to ask for a did-you-mean (on the first page of a search with words) */
    static SearchRequest of(String index, SearchQuery query, Synonyms synonyms, Cursor after, boolean spelling) {
        QueryText text = query.text();
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(currentFirst(query(text, query.filters(), synonyms), query))
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(List.of(SOURCE_FIELDS))))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(160)
                                    .numberOfFragments(2)))))
                    .aggregations("agency", a -> a.terms(t -> t.field("agencies").size(50))
                            // a merged document carries every agency's label: the bucket's own is among them
                            .aggregations("name", n -> n.terms(t -> t.field("agencyLabels").size(10))))
                    .aggregations("kind", a -> a.terms(t -> t.field("kind").size(10)))
                    .aggregations("year", a -> a.dateHistogram(d -> d.field("publishedAt")
                            .calendarInterval(CalendarInterval.Year).format("yyyy").timeZone(TIME_ZONE)
                            .minDocCount(1).order(NamedValue.of("_key", SortOrder.Desc))))
                    .aggregations("language", a -> a.terms(t -> t.field("language").size(20)))
                    .aggregations("jenis", a -> a.terms(t -> t.field("regulation.jenis").size(20)))
                    .aggregations("klasifikasi", a -> a.terms(t -> t.field("klasifikasi").size(4)))
                    .aggregations("tag", a -> a.terms(t -> t.field("tags").size(TAG_FACET_SIZE)))
                    .sort(order(query));
            if (after != null) {
                s.searchAfter(after.after());
            } else {
                s.from(query.page() * query.size());
            }
            if (spelling && text.hasWords() && after == null && query.page() == 0) {
                s.suggest(g -> g.suggesters(DID_YOU_MEAN, sg -> sg.text(text.searchedWords())
                        .phrase(p -> p.field("spell").size(1).maxErrors(2.0)
                                .directGenerator(d -> d.field("spell").suggestMode(SuggestMode.Missing)))));
            }
            return s;
        });
    }

    /**
     * With expired announcements shown, the current ones still come first. The minimal distribution has no scripts,
     * so "still valid" cannot be a sort key: it becomes score instead. Ordered by relevance, a still-valid match
     * gains {@value #CURRENT_BOOST}, more than any text match scores, so it ranks above every expired one and the
     * text decides within each group; ordered otherwise, the text query only filters and the score is 1 or 0.
     */
    static Query currentFirst(Query matching, SearchQuery query) {
        if (!query.filters().includeExpired()) {
            return matching;
        }
        if (query.byScore()) {
            return Query.of(q -> q.bool(b -> b.must(matching)
                    .should(s -> s.constantScore(c -> c.filter(stillValid()).boost(CURRENT_BOOST)))));
        }
        return Query.of(q -> q.bool(b -> b.filter(matching)
                .should(s -> s.constantScore(c -> c.filter(stillValid()).boost(1f)))));
    }

    /** Far above a text match's score (tens at most with the title boosts), small enough to keep its decimals. */
    static final float CURRENT_BOOST = 1000f;

    /**
     * Best match first when ordered by relevance; newer first among equals and otherwise; the id settles ties. With
     * expired announcements shown, the still-valid ones first (see {@link #currentFirst}).
     */
    static List<SortOptions> order(SearchQuery query) {
        List<SortOptions> order = new ArrayList<>();
        if (query.byScore() || query.filters().includeExpired()) {
            order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        order.add(SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing("_last"))));
        order.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return order;
    }

    /** What a search matches: its words and its filters, without order, facets or paging. */
    static Query query(QueryText text, SearchFilters filters, Synonyms synonyms) {
        return Query.of(q -> q.bool(b -> {
            if (!text.hasWords()) {
                b.must(m -> m.matchAll(all -> all));
            }
            TextQuery.addTo(b, text, synonyms);
            filter(b, filters);
            return b;
        }));
    }

    private static void filter(BoolQuery.Builder b, SearchFilters filters) {
        // every agency the document was seen at, not only its first: a merged announcement is each one's
        terms(b, "agencies", filters.agencies());
        terms(b, "kind", filters.kinds());
        terms(b, "language", filters.languages());
        terms(b, "klasifikasi", filters.klasifikasi());
        if (!filters.tags().isEmpty()) {
            // any of the tags, as written or in another case: "saringan" finds the rows of kelurahan Saringan
            b.filter(f -> f.bool(any -> {
                filters.tags().forEach(tag -> any.should(s -> s.term(t -> t.field("tags").value(tag)
                        .caseInsensitive(true))));
                return any.minimumShouldMatch("1");
            }));
        }
        if (!filters.years().isEmpty()) {
            b.filter(f -> f.bool(any -> {
                filters.years().forEach(year -> any.should(published(LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31))));
                return any.minimumShouldMatch("1");
            }));
        }
        if (filters.from() != null || filters.to() != null) {
            b.filter(published(filters.from(), filters.to()));
        }
        if (filters.jenis() != null) {
            b.filter(f -> f.term(t -> t.field("regulation.jenis").value(filters.jenis()).caseInsensitive(true)));
        }
        if (filters.nomor() != null) {
            b.filter(f -> f.term(t -> t.field("regulation.nomor").value(filters.nomor())));
        }
        if (filters.tahun() != null) {
            b.filter(f -> f.term(t -> t.field("regulation.tahun").value(filters.tahun())));
        }
        if (!filters.includeExpired()) {
            b.filter(stillValid());
        }
    }

    /** Still valid, or valid without an end: what citizens see unless they ask for expired announcements too. */
    static Query stillValid() {
        return Query.of(q -> q.bool(valid -> valid
                .should(s -> s.range(r -> r.date(d -> d.field("validUntil").gte("now"))))
                .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("validUntil")))))));
    }

    private static void terms(BoolQuery.Builder b, String field, List<String> values) {
        if (!values.isEmpty()) {
            b.filter(f -> f.terms(t -> t.field(field)
                    .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
        }
    }

    /** Published within these days, both included. */
    private static Query published(LocalDate from, LocalDate to) {
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field("publishedAt").timeZone(TIME_ZONE).format("yyyy-MM-dd");
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lt(to.plusDays(1).toString());
            }
            return d;
        })));
    }
}
