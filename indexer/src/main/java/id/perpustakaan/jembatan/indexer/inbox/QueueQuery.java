package id.perpustakaan.jembatan.indexer.inbox;

import id.perpustakaan.jembatan.model.ReviewState;
import java.time.Instant;
import java.util.List;

/**
 * Which inbox entries a librarian looks at: by review state (pending by default), agency, source, kind, harvested
 * before a moment (age), with problems only; one page after a cursor, newest first.
 *
 * @param harvestedBefore only entries harvested before this moment ("older than"), or {@code null}
 * @param after           the cursor of the page before ({@link QueuePage#next()}), or {@code null} for the first
 */
public record QueueQuery(List<ReviewState> states, String agency, String sourceId, String kind,
                         Instant harvestedBefore, boolean problemsOnly, int size, String after) {

    public static final int MAX_SIZE = 200;

    public QueueQuery {
        states = states == null || states.isEmpty() ? List.of(ReviewState.PENDING) : List.copyOf(states);
        agency = blankToNull(agency);
        sourceId = blankToNull(sourceId);
        kind = blankToNull(kind);
        after = blankToNull(after);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
    }

    public static QueueQuery pending(int size) {
        return new QueueQuery(null, null, null, null, null, false, size, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
