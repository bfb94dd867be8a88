package id.perpustakaan.jembatan.indexer.search;

import java.util.List;

/**
 * A citizen's search: words in a safe syntax (see {@link QueryText}), filters, an order and a place in the
 * results: a page number within the first {@value #MAX_WINDOW} results, or a cursor from the previous page, which
 * reaches any depth.
 *
 * @param page   zero-based; ignored with a cursor
 * @param cursor the previous page's {@code next}, or {@code null}
 */
public record SearchQuery(String q, SearchFilters filters, Order order, int page, int size, String cursor) {

    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default window for page numbers; cursors go beyond it. */
    public static final int MAX_WINDOW = 10_000;

    /** How results are ordered. */
    public enum Order {
        /** best match first, newer first among equals; newest first when there are no words */
        RELEVANCE,
        NEWEST
    }

    public SearchQuery {
        filters = filters == null ? SearchFilters.NONE : filters;
        order = order == null ? Order.RELEVANCE : order;
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if (cursor == null && (long) (page + 1) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is beyond the first "
                    + MAX_WINDOW + " results: follow the 'next' cursor of the previous page instead");
        }
    }

    /** A first page by relevance, filtered by agencies and kinds only. */
    public SearchQuery(String q, List<String> agencies, List<String> kinds, int page, int size,
                       boolean includeExpired) {
        this(q, SearchFilters.of(agencies, kinds, includeExpired), Order.RELEVANCE, page, size, null);
    }

    public QueryText text() {
        return QueryText.parse(q);
    }

    /** Whether results are ordered by score: there are words to score and relevance was asked for. */
    public boolean byScore() {
        return order == Order.RELEVANCE && text().hasWords();
    }
}
