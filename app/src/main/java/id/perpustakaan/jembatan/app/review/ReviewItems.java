package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.ReviewProblems;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
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
        return new ItemView(harvested, entry.state(), entry.decision(), entry.publishedRevision(), live,
                live == null ? List.of() : fieldChanges(live, harvested),
                live == null ? null : TextDiff.of(live.text(), harvested.text()),
                inbox.nearDuplicates(harvested, NEAR_DUPLICATES), ReviewProblems.of(harvested));
    }

    static List<ItemView.FieldChange> fieldChanges(Document before, Document after) {
        List<ItemView.FieldChange> changes = new ArrayList<>();
        compare(changes, "title", before, after, Document::title);
        compare(changes, "kind", before, after, Document::kind);
        compare(changes, "summary", before, after, Document::summary);
        compare(changes, "publishedAt", before, after, Document::publishedAt);
        compare(changes, "validUntil", before, after, Document::validUntil);
        compare(changes, "regulation", before, after, Document::regulation);
        compare(changes, "tags", before, after, Document::tags);
        compare(changes, "url", before, after, Document::url);
        compare(changes, "original", before, after, d -> d.original() == null ? null : d.original().fileName()
                + " (" + d.original().sha256().substring(0, Math.min(12, d.original().sha256().length())) + ")");
        return changes;
    }

    private static void compare(List<ItemView.FieldChange> changes, String field, Document before, Document after,
                                Function<Document, Object> value) {
        Object a = value.apply(before);
        Object b = value.apply(after);
        if (!Objects.equals(a, b)) {
            changes.add(new ItemView.FieldChange(field, a == null ? null : a.toString(),
                    b == null ? null : b.toString()));
        }
    }
}
