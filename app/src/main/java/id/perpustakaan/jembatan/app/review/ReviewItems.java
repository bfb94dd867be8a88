package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.QueuePage;
import id.perpustakaan.jembatan.indexer.inbox.QueueQuery;
import id.perpustakaan.jembatan.indexer.inbox.ReviewProblems;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.ReviewState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Puts together the {@link ItemView} of a document from the inbox and the public index. */
public class ReviewItems {

    private static final int NEAR_DUPLICATES = 5;

    private final InboxSearch inbox;
    private final SearchService published;

    public ReviewItems(InboxSearch inbox, SearchService published) {
        this.inbox = inbox;
        this.published = published;
    }

    public ItemView view(String id) throws IOException {
        InboxEntry entry = inbox.entry(id).orElseThrow(() -> new NotFoundException("no document '" + id
                + "' in the inbox"));
        Document harvested = entry.document();
        Document live = published.find(id).orElse(null);
        ReviewEdits corrections = corrections(entry.decision());
        boolean harvestNewer = live != null && harvested.revision() > live.revision();
        return new ItemView(harvested, entry.state(), entry.decision(), entry.publishedRevision(), live,
                form(harvested, live, harvestNewer, corrections),
                live == null ? List.of() : fieldChanges(live, harvested, corrections),
                live == null ? null : TextDiff.of(live.text(), harvested.text()),
                inbox.nearDuplicates(harvested, NEAR_DUPLICATES), ReviewProblems.of(harvested), next(harvested));
    }

    /**
     * The public revision while nothing newer was harvested: it holds the librarian's corrections, and a form
     * refilled with the agency's values would undo them on the next approval. A newer harvest starts from the
     * agency's new values with the last approval's corrections applied again, for the librarian to keep or change.
     */
    static Document form(Document harvested, Document live, boolean harvestNewer, ReviewEdits corrections) {
        if (live != null && !harvestNewer) {
            return live;
        }
        return corrections == null ? harvested : corrections.applyTo(harvested, harvested.revision());
    }

    /** The corrections the latest decision made, when it was an approval with some. */
    private static ReviewEdits corrections(ReviewDecision decision) {
        return decision != null && decision.action() == ReviewAction.APPROVE ? decision.edits() : null;
    }

    /** The pending item after this one in the queue's order (newest first), or the newest when this is the last. */
    private ItemView.Next next(Document current) throws IOException {
        QueuePage after = inbox.queue(new QueueQuery(List.of(ReviewState.PENDING), null, null, null, null, false,
                1, InboxSearch.cursorAt(current.revision(), current.id())));
        List<QueuePage.Item> candidates = new ArrayList<>(after.items());
        if (candidates.isEmpty()) {
            candidates.addAll(inbox.queue(QueueQuery.pending(2)).items());
        }
        return candidates.stream().filter(item -> !item.id().equals(current.id())).findFirst()
                .map(item -> new ItemView.Next(item.id(), item.title() == null ? item.id() : item.title()))
                .orElse(null);
    }

    static List<ItemView.FieldChange> fieldChanges(Document before, Document after, ReviewEdits corrections) {
        ReviewEdits edits = corrections == null ? new ReviewEdits(null, null, null, null, null) : corrections;
        List<ItemView.FieldChange> changes = new ArrayList<>();
        compare(changes, "title", before, after, Document::title, edits.title() != null);
        compare(changes, "kind", before, after, Document::kind, edits.kind() != null);
        compare(changes, "klasifikasi", before, after, Document::klasifikasi, edits.klasifikasi() != null);
        compare(changes, "summary", before, after, Document::summary, false);
        compare(changes, "publishedAt", before, after, Document::publishedAt, false);
        compare(changes, "validUntil", before, after, Document::validUntil, edits.validUntil() != null);
        compare(changes, "regulation", before, after, Document::regulation, edits.regulation() != null);
        compare(changes, "tags", before, after, Document::tags, edits.tags() != null);
        compare(changes, "url", before, after, Document::url, false);
        compare(changes, "original", before, after, d -> d.original() == null ? null : d.original().fileName()
                + " (" + d.original().sha256().substring(0, Math.min(12, d.original().sha256().length())) + ")",
                false);
        return changes;
    }

    private static void compare(List<ItemView.FieldChange> changes, String field, Document before, Document after,
                                Function<Document, Object> value, boolean corrected) {
        Object a = value.apply(before);
        Object b = value.apply(after);
        if (!Objects.equals(a, b)) {
            changes.add(new ItemView.FieldChange(field, a, b, corrected));
        }
    }
}
