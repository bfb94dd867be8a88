package id.perpustakaan.jembatan.app.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewState;
import java.util.List;

/**
 * Everything a librarian needs to decide about one document: the harvested revision, where it stands, what the
 * public sees now and how the two differ, other documents much like it, and what deserves a closer look.
 *
 * <p>An approval with corrections publishes the harvested revision with the librarian's edits under a newer revision
 * number, so the public revision differs from the harvested one without anything new having been harvested. Until
 * the agency sends a newer revision, the page therefore shows the public revision (its title, its state) and the
 * form starts from it: approving again must not quietly drop a correction.
 *
 * @param published     what the public index holds now, {@code null} when nothing is public
 * @param form          the values the approve form starts from: the public revision while the harvested one is
 *                      older or equal, else the new harvest with the last approval's corrections applied again
 *                      (not in the API's answer: it is the page's, and {@code published} or {@code document} already)
 * @param fieldChanges  fields whose value differs between the published and the harvested revision
 * @param textDiff      the text's diff from published to harvested, {@code null} when nothing is public
 * @param next          the next item waiting in the queue, {@code null} when none is
 */
public record ItemView(Document document, ReviewState state, ReviewDecision decision, Long publishedRevision,
                       Document published, @JsonIgnore Document form, List<FieldChange> fieldChanges, TextDiff.Result textDiff,
                       List<InboxSearch.Similar> nearDuplicates, List<String> problems, Next next) {

    /**
     * @param published the public value, as the document holds it ({@link ReviewDisplay#value} shows it)
     * @param corrected whether the public value is a librarian's correction of what the agency sent
     */
    public record FieldChange(String field, Object published, Object harvested, boolean corrected) {
    }

    /** The item a librarian turns to after deciding on this one. */
    public record Next(String id, String title) {
    }

    /** The item page without a queue to follow and with the form starting from the harvested revision. */
    public ItemView(Document document, ReviewState state, ReviewDecision decision, Long publishedRevision,
                    Document published, List<FieldChange> fieldChanges, TextDiff.Result textDiff,
                    List<InboxSearch.Similar> nearDuplicates, List<String> problems) {
        this(document, state, decision, publishedRevision, published, document, fieldChanges, textDiff,
                nearDuplicates, problems, null);
    }

    /**
     * Whether the agency sent a revision after the one the public sees (revisions are moments, and an approval
     * publishes under its own moment, after the harvest it approved).
     */
    public boolean harvestNewer() {
        return published != null && document.revision() > published.revision();
    }

    /** The revision the page is about: the public one unless a newer one was harvested since. */
    public Document shown() {
        return published == null || harvestNewer() ? document : published;
    }

    /** Whether the public sees an older revision than the harvested one, i.e. this is a change to review. */
    public boolean changedSincePublished() {
        return harvestNewer() && (!fieldChanges.isEmpty() || textDiff != null && textDiff.changed());
    }

    /** Whether the public revision carries a librarian's corrections of the harvested one it was approved from. */
    public boolean correctedByLibrarian() {
        return published != null && !harvestNewer() && !fieldChanges.isEmpty();
    }
}
