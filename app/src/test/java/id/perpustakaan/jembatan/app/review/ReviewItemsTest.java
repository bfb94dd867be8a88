package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.QueuePage;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.ReviewState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An approval with corrections publishes the harvested revision with the librarian's edits under a newer revision
 * number: the item page must show that public revision and start its form from it, and only a later harvest is a
 * change to review, with the corrections offered again.
 */
class ReviewItemsTest {

    private static final String ID = "disdik-inbox-7";
    private static final long HARVESTED = Instant.parse("2026-11-16T03:00:00Z").toEpochMilli();
    private static final long APPROVED = Instant.parse("2026-11-17T02:00:00Z").toEpochMilli();
    private static final ReviewEdits CORRECTED = new ReviewEdits("Pengumuman Beasiswa Prestasi 2026", null, null,
            null, null);

    private final InboxSearch inbox = mock(InboxSearch.class);
    private final SearchService search = mock(SearchService.class);
    private final ReviewItems items = new ReviewItems(inbox, search);

    @Test
    void afterAnApprovalWithCorrectionsThePageShowsThePublicRevisionAndItsState() throws Exception {
        Document harvested = document("Pengumuman beasiswa prestsi 2026", HARVESTED);
        ReviewDecision approval = approval(HARVESTED);
        given(harvested, approval, CORRECTED.applyTo(harvested, APPROVED));

        ItemView view = items.view(ID);

        assertThat(view.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(view.harvestNewer()).isFalse();
        assertThat(view.shown().title()).isEqualTo("Pengumuman Beasiswa Prestasi 2026");
        assertThat(view.form().title()).as("approving again keeps the correction")
                .isEqualTo("Pengumuman Beasiswa Prestasi 2026");
        assertThat(view.changedSincePublished()).isFalse();
        assertThat(view.correctedByLibrarian()).isTrue();
        assertThat(view.fieldChanges()).singleElement().satisfies(change -> {
            assertThat(change.published()).isEqualTo("Pengumuman Beasiswa Prestasi 2026");
            assertThat(change.harvested()).isEqualTo("Pengumuman beasiswa prestsi 2026");
            assertThat(change.corrected()).isTrue();
        });
    }

    @Test
    void aNewerHarvestIsTheChangeToReviewWithTheCorrectionsOfferedAgain() throws Exception {
        Document first = document("Pengumuman beasiswa prestsi 2026", HARVESTED);
        long newer = APPROVED + 86_400_000L;
        Document second = document("Pengumuman beasiswa prestsi 2026", newer);
        given(second, approval(HARVESTED), CORRECTED.applyTo(first, APPROVED));

        ItemView view = items.view(ID);

        assertThat(view.harvestNewer()).isTrue();
        assertThat(view.shown()).isSameAs(second);
        assertThat(view.form().title()).isEqualTo("Pengumuman Beasiswa Prestasi 2026");
        assertThat(view.form().revision()).isEqualTo(newer);
        assertThat(view.fieldChanges()).singleElement().satisfies(change -> assertThat(change.corrected()).isTrue());
    }

    @Test
    void offersThePendingItemAfterThisOneInTheQueue() throws Exception {
        Document harvested = document("Pengumuman", HARVESTED);
        given(harvested, null, null);
        when(inbox.queue(any())).thenReturn(new QueuePage(1, List.of(new QueuePage.Item("disdik-inbox-6", 1L,
                "Jadwal Posyandu", null, "disdik-inbox", DocumentKind.ANNOUNCEMENT, null, null, ReviewState.PENDING,
                null, List.of())), Map.of(), null));

        assertThat(items.view(ID).next()).isEqualTo(new ItemView.Next("disdik-inbox-6", "Jadwal Posyandu"));
    }

    private void given(Document harvested, ReviewDecision decision, Document live) throws Exception {
        when(inbox.entry(ID)).thenReturn(Optional.of(new InboxEntry(harvested, decision,
                decision == null ? null : decision.revision())));
        when(search.find(ID)).thenReturn(Optional.ofNullable(live));
        when(inbox.queue(any())).thenReturn(new QueuePage(0, List.of(), Map.of(), null));
    }

    private static ReviewDecision approval(long revision) {
        return new ReviewDecision(ID, revision, "hash", ReviewAction.APPROVE, "pustakawan",
                Instant.ofEpochMilli(APPROVED), null, CORRECTED, APPROVED);
    }

    private static Document document(String title, long revision) {
        return new Document(ID, "disdik-inbox", new Agency("disdik", "Dinas Pendidikan"), DocumentKind.ANNOUNCEMENT,
                title, null, "Pendaftaran dibuka.", null, "id", null, null, null, null, Instant.ofEpochMilli(revision),
                null, null, List.of(), "hash-" + revision, revision, null, List.of(), List.of(), null);
    }
}
