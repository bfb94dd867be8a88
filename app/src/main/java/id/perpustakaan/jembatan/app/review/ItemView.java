package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewState;
import java.util.List;

/**
 * Everything a librarian needs to decide about one document: the harvested revision, where it stands, what the
 * public sees now and how the two differ, other documents much like it, and what deserves a closer look.
 *
 * @param published     what the public index holds now, {@code null} when nothing is public
 * @param fieldChanges  fields whose value differs between the published and the harvested revision
 * @param textDiff      the text's diff from published to harvested, {@code null} when nothing is public
 */
public record ItemView(Document document, ReviewState state, ReviewDecision decision, Long publishedRevision,
                       Document published, List<FieldChange> fieldChanges, TextDiff.Result textDiff,
                       List<InboxSearch.Similar> nearDuplicates, List<String> problems) {

    public record FieldChange(String field, String published, String harvested) {
    }

    /** Whether the public sees an older revision than the harvested one, i.e. this is a change to review. */
    public boolean changedSincePublished() {
        return published != null && (!fieldChanges.isEmpty() || textDiff != null && textDiff.changed());
    }
}
