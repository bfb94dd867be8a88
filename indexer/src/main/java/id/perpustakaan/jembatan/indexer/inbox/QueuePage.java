package id.perpustakaan.jembatan.indexer.inbox;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of the review queue.
 *
 * @param total           entries matching the whole query
 * @param countsByAgency  entries matching the query but for its agency filter, per agency code
 * @param next            cursor of the following page, {@code null} on the last
 */
public record QueuePage(long total, List<Item> items, Map<String, Long> countsByAgency, String next) {

    /**
     * An entry as the queue lists it.
     *
     * @param problems what a librarian should look at closely (see {@link ReviewProblems})
     */
    public record Item(String id, long revision, String title, Agency agency, String sourceId, DocumentKind kind,
                       String summary, Instant harvestedAt, ReviewState state, Long publishedRevision,
                       List<String> problems) {
    }
}
