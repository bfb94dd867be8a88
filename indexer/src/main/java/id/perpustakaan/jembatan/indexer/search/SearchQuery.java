package id.perpustakaan.jembatan.indexer.search;

import java.util.List;

/**
 * A citizen's search: words in a safe syntax (quoted phrases, {@code -exclusion}; nothing else is operator),
 * filters by agency code and document kind, and a page.
 *
 * @param page           zero-based
 * @param includeExpired also announcements whose {@code validUntil} has passed (hidden by default)
 */
public record SearchQuery(String q, List<String> agencies, List<String> kinds, int page, int size,
                          boolean includeExpired) {

    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default window: deeper pages need search_after, which the portal does not offer yet. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is beyond the first "
                    + MAX_WINDOW + " results: narrow the search with more words or filters");
        }
    }
}
