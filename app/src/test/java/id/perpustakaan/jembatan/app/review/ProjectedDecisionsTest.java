package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A librarian's next page waits for the projections to show their decision, and for no more than that. */
class ProjectedDecisionsTest {

    private static final Instant AT = Instant.parse("2026-11-17T02:00:00Z");
    private static final Document DOCUMENT = new Document("d1", "disdik-inbox", new Agency("disdik", "Dinas"),
            DocumentKind.ANNOUNCEMENT, "Jadwal", null, "teks", null, "id", null, null, null, null, AT, null, null,
            List.of(), "hash", 5L, null, List.of(), List.of(), null);
    private static final ReviewDecision APPROVAL = new ReviewDecision("d1", 5L, "hash", ReviewAction.APPROVE,
            "pustakawan", AT, null, null, 9L);

    private final InboxSearch inbox = mock(InboxSearch.class);
    private final SearchService search = mock(SearchService.class);

    @Test
    void waitsUntilTheInboxAndThePublicIndexShowTheApprovalThenRefreshesTheQueue() throws Exception {
        InboxEntry before = new InboxEntry(DOCUMENT, null, null);
        InboxEntry after = new InboxEntry(DOCUMENT, APPROVAL, 9L);
        when(inbox.entries(anyList())).thenReturn(Map.of("d1", before), Map.of("d1", after));
        when(search.find("d1")).thenReturn(Optional.of(DOCUMENT.withRevision(9L)));

        boolean shown = new ProjectedDecisions(inbox, search, Duration.ofSeconds(5)).awaitShown(List.of(APPROVAL));

        assertThat(shown).isTrue();
        var order = inOrder(inbox);
        order.verify(inbox, org.mockito.Mockito.times(2)).entries(List.of("d1"));
        order.verify(inbox).refresh();
    }

    @Test
    void anApprovalTheInboxHasButThePublicIndexNotYetIsNotShown() throws Exception {
        when(inbox.entries(anyList())).thenReturn(Map.of("d1", new InboxEntry(DOCUMENT, APPROVAL, 9L)));
        when(search.find("d1")).thenReturn(Optional.of(DOCUMENT));

        assertThat(new ProjectedDecisions(inbox, search, Duration.ofMillis(300)).awaitShown(List.of(APPROVAL)))
                .isFalse();
        verify(inbox, never()).refresh();
    }

    @Test
    void aLaterDecisionOfAnotherLibrarianCountsAsShown() {
        ReviewDecision later = new ReviewDecision("d1", 5L, "hash", ReviewAction.REJECT, "siti", AT.plusSeconds(1),
                "iklan");

        assertThat(ProjectedDecisions.inInbox(new InboxEntry(DOCUMENT, later, null), APPROVAL)).isTrue();
        assertThat(ProjectedDecisions.inInbox(new InboxEntry(DOCUMENT, null, null), APPROVAL)).isFalse();
    }
}
