package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Regulation;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The other side of "mengubah" and "mencabut": the published regulations that amend or revoke a regulation, found
 * by its citation in theirs. Kept by the search rather than written into the earlier regulation, so the link holds
 * both ways the moment the later one is published, and goes when it is withdrawn.
 */
public class LaterRegulations {

    private static final int ALL_CITED = 10_000;
    /** More than a regulation is amended in practice; a page lists at most this many. */
    private static final int MOST = 50;
    private static final int MOST_AT_ONCE = 500;
    /** The year a citation ends with ("Perwako 5/2019"). */
    private static final Pattern YEAR = Pattern.compile("/((?:19|20)\\d\\d)$");

    /** The published regulations amending and revoking one regulation, newest first. */
    public record Links(List<Document> amendedBy, List<Document> revokedBy) {

        public static final Links NONE = new Links(List.of(), List.of());

        public boolean isEmpty() {
            return amendedBy.isEmpty() && revokedBy.isEmpty();
        }
    }

    /** Every citation published regulations amend, and every one they revoke. */
    public record Cited(Set<String> amended, Set<String> revoked) {
    }

    private final ElasticsearchClient client;
    private final String alias;

    public LaterRegulations(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The published regulations amending and revoking one regulation. */
    public Links of(Regulation regulation) throws IOException {
        if (regulation == null || regulation.citation().isEmpty()) {
            return Links.NONE;
        }
        return ofEach(List.of(regulation)).getOrDefault(regulation.citation().get(), Links.NONE);
    }

    /**
     * The later regulations of several regulations at once (a page of a catalogue), by their citations: one search,
     * at most {@value #MOST} later regulations a citation and {@value #MOST_AT_ONCE} in all, newest first.
     */
    public Map<String, Links> ofEach(Collection<Regulation> regulations) throws IOException {
        List<FieldValue> citations = regulations.stream().filter(Objects::nonNull)
                .map(Regulation::citation).flatMap(Optional::stream).distinct().map(FieldValue::of).toList();
        if (citations.isEmpty()) {
            return Map.of();
        }
        int size = Math.min(MOST_AT_ONCE, MOST * citations.size());
        SearchResponse<Document> response = client.search(s -> s.index(alias).size(size)
                .source(src -> src.filter(f -> f.excludes("text", "html")))
                .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(m -> m.terms(t -> t.field("regulation.amends").terms(v -> v.value(citations))))
                        .should(m -> m.terms(t -> t.field("regulation.revokes").terms(v -> v.value(citations))))))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), Document.class);
        List<Document> later = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        Map<String, Links> links = new HashMap<>();
        for (FieldValue value : citations) {
            String citation = value.stringValue();
            Links found = new Links(
                    later.stream().filter(d -> d.regulation().amends().contains(citation)).toList(),
                    later.stream().filter(d -> d.regulation().revokes().contains(citation)).toList());
            if (!found.isEmpty()) {
                links.put(citation, found);
            }
        }
        return links;
    }

    /**
     * The other way: the published regulations that a regulation amends and revokes, by the citations it makes
     * ("Perwako 5/2019"), so its page can link them. One search on their numbers, bounded to
     * {@value #MOST} citations; a citation that names no published regulation is left out.
     */
    public Map<String, Document> earlier(Regulation regulation) throws IOException {
        if (regulation == null) {
            return Map.of();
        }
        List<String> citations = Stream.concat(regulation.amends().stream(),
                regulation.revokes().stream()).distinct().limit(MOST).toList();
        // "Perwako 5/2019" cites number "5" of 2019, or number "5/2019" where the year is part of the number
        List<FieldValue> numbers = citations.stream()
                .map(citation -> citation.substring(citation.lastIndexOf(' ') + 1))
                .flatMap(number -> Stream.of(number, number.replaceFirst("/(?:19|20)\\d\\d$", "")))
                .distinct().map(FieldValue::of).toList();
        if (numbers.isEmpty()) {
            return Map.of();
        }
        // number 1 is every year's first regulation: the years cited narrow it when every citation names one
        List<FieldValue> years = citations.stream().map(YEAR::matcher).filter(Matcher::find)
                .map(year -> FieldValue.of(Integer.parseInt(year.group(1)))).distinct().toList();
        boolean allYears = !years.isEmpty() && citations.stream().allMatch(citation -> YEAR.matcher(citation).find());
        SearchResponse<Document> response = client.search(s -> s.index(alias).size(MOST_AT_ONCE)
                .source(src -> src.filter(f -> f.excludes("text", "html")))
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.term(t -> t.field("kind").value(DocumentKind.REGULATION.name())))
                            .filter(f -> f.terms(t -> t.field("regulation.nomor").terms(v -> v.value(numbers))));
                    // a regulation whose year is only in its number ("800/12/2024") has none of its own
                    return allYears ? b.filter(f -> f.bool(any -> any.minimumShouldMatch("1")
                            .should(y -> y.terms(t -> t.field("regulation.tahun").terms(v -> v.value(years))))
                            .should(y -> y.bool(none -> none.mustNot(m -> m.exists(
                                    e -> e.field("regulation.tahun")))))))
                            : b;
                }))
                .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), Document.class);
        Map<String, Document> found = new HashMap<>();
        for (Hit<Document> hit : response.hits().hits()) {
            Document earlier = hit.source();
            if (earlier == null || earlier.regulation() == null) {
                continue;
            }
            earlier.regulation().citation().ifPresent(cited -> citations.stream()
                    .filter(citation -> citation.equalsIgnoreCase(cited))
                    .forEach(citation -> found.putIfAbsent(citation, earlier)));
        }
        return found;
    }

    /** What all published regulations amend and revoke, for a catalogue that states each one's status. */
    public Cited cited() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .aggregations("amended", a -> a.terms(t -> t.field("regulation.amends").size(ALL_CITED)))
                .aggregations("revoked", a -> a.terms(t -> t.field("regulation.revokes").size(ALL_CITED))),
                Void.class);
        return new Cited(keys(response, "amended"), keys(response, "revoked"));
    }

    private static Set<String> keys(SearchResponse<Void> response, String aggregation) {
        Set<String> keys = new HashSet<>();
        response.aggregations().get(aggregation).sterms().buckets().array()
                .forEach(bucket -> keys.add(bucket.key().stringValue()));
        return keys;
    }
}
