package id.perpustakaan.jembatan.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision about one revision of a document, as written to the reviews topic (keyed by document id, kept for
 * the audit): who decided what, when, and why.
 *
 * @param revision    the harvested {@link Document#revision()} decided on (an approval with edits publishes under a
 *                    newer revision number, see {@code publishedRevision}, but is still about this one)
 * @param contentHash that revision's content hash, so the audit shows exactly what was seen
 * @param by          the librarian's user name, {@link #SYSTEM} for automatic publication, {@link #bySource} or
 *                    {@link #byAgency} for what a source or an agency asked
 * @param reason      required for reject and withdraw, optional otherwise
 * @param edits       what the librarian corrected on approval; absent when nothing was
 * @param publishedRevision the revision number the public index holds after an approval, when it differs from
 *                    {@code revision}; absent otherwise (and in decisions written before it existed)
 */
public record ReviewDecision(String documentId, long revision, String contentHash, ReviewAction action, String by,
                             Instant at, String reason, ReviewEdits edits, Long publishedRevision) {

    public static final String SYSTEM = "system";
    public static final String SOURCE_PREFIX = "source:";
    public static final String AGENCY_PREFIX = "agency:";

    public ReviewDecision {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        if (edits != null && edits.changesNothing()) {
            edits = null;
        }
    }

    public ReviewDecision(String documentId, long revision, String contentHash, ReviewAction action, String by,
                          Instant at, String reason) {
        this(documentId, revision, contentHash, action, by, at, reason, null, null);
    }

    /** Who a source is, as a decision's {@code by}: what it did or asked by itself (a mirrored folder's removal). */
    public static String bySource(String sourceId) {
        return SOURCE_PREFIX + sourceId;
    }

    /** Who an agency is, as a decision's {@code by}: what it did or asked through its upload token. */
    public static String byAgency(String agencyCode) {
        return AGENCY_PREFIX + agencyCode;
    }

    /** The decision recorded when a source that needs no review publishes a revision itself. */
    public static ReviewDecision autoPublished(Document document, Instant at) {
        return new ReviewDecision(document.id(), document.revision(), document.contentHash(), ReviewAction.AUTO_PUBLISH,
                SYSTEM, at, null);
    }
}
