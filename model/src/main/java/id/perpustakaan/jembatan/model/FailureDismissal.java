package id.perpustakaan.jembatan.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A librarian's note that a failure needs no further action (a file that was never meant to be public, a page that
 * is gone for good). Kept on the dead-letter topic beside the failure it names, so the failure and why it was set
 * aside stay together in the history.
 *
 * @param locator  and {@code documentId}, {@code failedAt}: those of the dead letter set aside
 * @param by       the librarian's user name
 * @param note     why, required
 */
public record FailureDismissal(String sourceId, String locator, String documentId, Instant failedAt, String by,
                               Instant dismissedAt, String note) {

    public FailureDismissal {
        Objects.requireNonNull(dismissedAt, "dismissedAt");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a dismissal needs a note saying why the failure needs no action");
        }
    }

    /** Whether this dismissal sets the dead letter aside. */
    public boolean concerns(DeadLetter letter) {
        return Objects.equals(sourceId, letter.sourceId()) && Objects.equals(locator, letter.locator())
                && Objects.equals(documentId, letter.documentId()) && Objects.equals(failedAt, letter.failedAt());
    }
}
