package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.perpustakaan.jembatan.model.Document;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Titles that complete what a citizen is typing: every word typed appears in the title, the last one as the start
 * of a word ("beasiswa pres" finds "Pengumuman Beasiswa Prestasi"). Built on {@code match_bool_prefix}, which the
 * minimal distribution has ({@code search_as_you_type} and edge n-grams are not in it), and hiding expired
 * announcements like the search does.
 */
public class TitleSuggestions {

    public static final int MAX_SIZE = 20;
    public static final int MAX_PREFIX_LENGTH = 100;

    private final ElasticsearchClient client;
    private final String alias;

    public TitleSuggestions(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** A title and the document it belongs to. */
    public record Suggestion(String title, String id) {
    }

    public List<Suggestion> complete(String prefix, int size) throws IOException {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if (prefix == null || QueryText.strip(prefix).isEmpty()) {
            return List.of();
        }
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("q is " + prefix.length() + " characters long; suggestions take at"
                    + " most " + MAX_PREFIX_LENGTH);
        }
        SearchResponse<Document> response = client.search(s -> s.index(alias)
                .size(size)
                .source(src -> src.filter(f -> f.includes("id", "title")))
                .query(q -> q.bool(b -> b
                        .must(m -> m.matchBoolPrefix(p -> p.field("title").query(prefix).operator(Operator.And)))
                        // titles that start as typed first
                        .should(sh -> sh.matchPhrasePrefix(p -> p.field("title").query(prefix)))
                        .filter(SearchRequests.stillValid())))
                // one suggestion per title: the same notice posted by two agencies is one completion
                .collapse(c -> c.field("title.raw")), Document.class);
        return response.hits().hits().stream().map(hit -> hit.source())
                .filter(Objects::nonNull)
                .map(d -> new Suggestion(d.title(), d.id()))
                .toList();
    }
}
