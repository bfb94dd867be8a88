package id.perpustakaan.jembatan.indexer.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboxEntryTest {

    private static final long FIRST = Instant.parse("2025-03-03T02:00:00Z").toEpochMilli();
    private static final long SECOND = Instant.parse("2025-03-05T02:00:00Z").toEpochMilli();

    private static Document revision(long revision, String title) {
        return new Document("disdik-1", "disdik-web", new Agency("disdik", "Dinas Pendidikan"),
                DocumentKind.ANNOUNCEMENT, title, null, title, null, "id", null, null, null, null,
                Instant.ofEpochMilli(revision), null, null, null, "hash-" + revision, revision, null, null, null, null);
    }

    private static ReviewDecision decision(long revision, ReviewAction action, String at) {
        return new ReviewDecision("disdik-1", revision, "hash-" + revision, action, "pustakawan", Instant.parse(at),
                action == ReviewAction.REJECT ? "bukan informasi publik" : null);
    }

    @Test
    void aNewDocumentWaitsForALibrarian() {
        InboxEntry entry = InboxEntry.EMPTY.with(revision(FIRST, "Pengumuman"));

        assertThat(entry.state()).isEqualTo(ReviewState.PENDING);
        assertThat(entry.publishedRevision()).isNull();
    }

    @Test
    void aChangeToAnApprovedDocumentWaitsWhileTheApprovedRevisionStaysPublished() {
        InboxEntry entry = InboxEntry.EMPTY.with(revision(FIRST, "Pengumuman"))
                .with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"))
                .with(revision(SECOND, "Pengumuman (ralat)"));

        assertThat(entry.state()).isEqualTo(ReviewState.PENDING);
        assertThat(entry.publishedRevision()).isEqualTo(FIRST);
        assertThat(entry.document().title()).isEqualTo("Pengumuman (ralat)");
    }

    @Test
    void theSameEndStateWhicheverTopicIsReadFirst() {
        Document document = revision(FIRST, "Pengumuman");
        ReviewDecision approved = decision(FIRST, ReviewAction.AUTO_PUBLISH, "2025-03-03T02:00:01Z");

        InboxEntry documentFirst = InboxEntry.EMPTY.with(document).with(approved);
        InboxEntry decisionFirst = InboxEntry.EMPTY.with(approved).with(document);

        assertThat(decisionFirst).isEqualTo(documentFirst);
        assertThat(decisionFirst.state()).isEqualTo(ReviewState.AUTO_PUBLISHED);
        assertThat(decisionFirst.version()).isEqualTo(documentFirst.version());
    }

    @Test
    void olderRevisionsAndDecisionsReadAgainChangeNothing() {
        InboxEntry latest = InboxEntry.EMPTY.with(revision(FIRST, "Pengumuman"))
                .with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"))
                .with(revision(SECOND, "Pengumuman (ralat)"))
                .with(decision(SECOND, ReviewAction.REJECT, "2025-03-06T00:00:00Z"));

        InboxEntry replayed = latest.with(revision(FIRST, "Pengumuman"))
                .with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"));

        assertThat(replayed).isEqualTo(latest);
        assertThat(latest.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(latest.publishedRevision()).as("a rejected change keeps the approved revision public")
                .isEqualTo(FIRST);
    }

    @Test
    void withdrawingLeavesNothingPublished() {
        InboxEntry entry = InboxEntry.EMPTY.with(revision(FIRST, "Pengumuman"))
                .with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"))
                .with(decision(FIRST, ReviewAction.WITHDRAW, "2025-03-05T00:00:00Z"));

        assertThat(entry.state()).isEqualTo(ReviewState.WITHDRAWN);
        assertThat(entry.publishedRevision()).isNull();
    }

    @Test
    void theVersionGrowsWithEveryRevisionAndDecision() {
        InboxEntry harvested = InboxEntry.EMPTY.with(revision(FIRST, "Pengumuman"));
        InboxEntry approved = harvested.with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"));
        InboxEntry changed = approved.with(revision(SECOND, "Pengumuman (ralat)"));

        assertThat(harvested.version()).isLessThan(approved.version());
        assertThat(approved.version()).isLessThan(changed.version());
    }

    @Test
    void readsBackWhatItWrites() {
        InboxEntry entry = InboxEntry.EMPTY.with(revision(FIRST, "Pengumuman"))
                .with(decision(FIRST, ReviewAction.REJECT, "2025-03-04T00:00:00Z"));

        assertThat(InboxEntry.fromJson(entry.toJson())).isEqualTo(entry);
        assertThat(entry.toJson().get("review").get("state").asText()).isEqualTo("REJECTED");
        InboxEntry stub = InboxEntry.EMPTY.with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"));
        assertThat(InboxEntry.fromJson(stub.toJson())).isEqualTo(stub);
        assertThat(stub.state()).isNull();
    }

    @Test
    void aRequestToWithdrawKeepsThePublicRevisionUntilALibrarianAnswersIt() {
        InboxEntry published = InboxEntry.EMPTY.with(revision(FIRST, "Perwako 12/2024"))
                .with(decision(FIRST, ReviewAction.APPROVE, "2025-03-04T00:00:00Z"));

        InboxEntry requested = published.with(request("2025-03-06T00:00:00Z"));
        assertThat(requested.state()).isEqualTo(ReviewState.WITHDRAWAL_REQUESTED);
        assertThat(requested.publishedRevision()).isEqualTo(FIRST);

        InboxEntry withdrawn = requested.with(decision(FIRST, ReviewAction.WITHDRAW, "2025-03-07T00:00:00Z"));
        assertThat(withdrawn.state()).isEqualTo(ReviewState.WITHDRAWN);
        assertThat(withdrawn.publishedRevision()).isNull();
        assertThat(withdrawn.with(request("2025-03-08T00:00:00Z"))).as("nothing public to withdraw")
                .isEqualTo(withdrawn);
    }

    @Test
    void aRequestAnsweredByKeepingTheDocumentIsNotAskedAgainForTheSameRevision() {
        InboxEntry kept = InboxEntry.EMPTY.with(revision(FIRST, "Perwako 12/2024"))
                .with(decision(FIRST, ReviewAction.AUTO_PUBLISH, "2025-03-04T00:00:00Z"))
                .with(request("2025-03-06T00:00:00Z"))
                .with(decision(FIRST, ReviewAction.KEEP, "2025-03-07T00:00:00Z"));
        assertThat(kept.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(kept.publishedRevision()).isEqualTo(FIRST);

        assertThat(kept.with(request("2025-03-09T00:00:00Z"))).as("asked again after a restart").isEqualTo(kept);
        InboxEntry asked = InboxEntry.EMPTY.with(revision(FIRST, "Perwako 12/2024"))
                .with(decision(FIRST, ReviewAction.AUTO_PUBLISH, "2025-03-04T00:00:00Z"))
                .with(request("2025-03-06T00:00:00Z"));
        assertThat(asked.with(request("2025-03-09T00:00:00Z"))).as("asked twice").isEqualTo(asked);
    }

    private static ReviewDecision request(String at) {
        return new ReviewDecision("disdik-1", FIRST, "hash-" + FIRST, ReviewAction.REQUEST_WITHDRAWAL,
                ReviewDecision.bySource("disdik-mirror"), Instant.parse(at), "removed at the source: perwako.pdf");
    }
}
