package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.ReviewState;
import id.perpustakaan.jembatan.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What librarians do to documents, written to Kafka and nowhere else (DESIGN.md, "Kafka is the truth"): every
 * decision goes to the reviews topic, and a decision that changes what the public sees also writes the published
 * topic, in the same transaction, so the public index and the inbox never disagree about it. The indices follow
 * through the indexer's projections.
 */
public class ReviewActions {

    /** One document in a bulk action, with the revision the librarian saw ({@code null}: whatever is latest). */
    public record Selected(String id, Long revision) {
    }

    private final InboxSearch inbox;
    private final SearchService published;
    private final ReviewWriter writer;
    private final Topics topics;
    private final Clock clock;

    public ReviewActions(InboxSearch inbox, SearchService published, ReviewWriter writer, Topics topics,
                         Clock clock) {
        this.inbox = inbox;
        this.published = published;
        this.writer = writer;
        this.topics = topics;
        this.clock = clock;
    }

    public ReviewDecision approve(String id, Long seenRevision, ReviewEdits edits, String by) throws IOException {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        ReviewDecision decision = approval(current(id, seenRevision), edits, by, records);
        writer.write(records);
        return decision;
    }

    public ReviewDecision reject(String id, Long seenRevision, String reason, String by) throws IOException {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        ReviewDecision decision = rejection(current(id, seenRevision), reason, by, records);
        writer.write(records);
        return decision;
    }

    /** Takes a published document away from the public; the inbox keeps it, marked withdrawn. */
    public ReviewDecision withdraw(String id, String reason, String by) throws IOException {
        InboxEntry entry = current(id, null);
        requireReason(reason, "withdraw");
        if (entry.publishedRevision() == null && published.find(id).isEmpty()) {
            throw new ReviewRefusedException("document '" + id + "' is not public: there is nothing to withdraw"
                    + " (reject its pending revision instead)");
        }
        Document document = entry.document();
        ReviewDecision decision = new ReviewDecision(id, document.revision(), document.contentHash(),
                ReviewAction.WITHDRAW, by, now(), reason.strip());
        writer.write(List.of(new ProducerRecord<>(topics.published(), id, null), decisionRecord(decision)));
        return decision;
    }

    /**
     * Records a request from outside the library (an agency, a mirrored folder's removal) to take a public document
     * away; a librarian answers it with {@link #withdraw} or {@link #keep}. The public sees the document until then.
     */
    public ReviewDecision requestWithdrawal(String id, String reason, String by) throws IOException {
        InboxEntry entry = current(id, null);
        if (entry.publishedRevision() == null) {
            throw new ReviewRefusedException("document '" + id + "' is not public: there is nothing to withdraw");
        }
        Document document = entry.document();
        ReviewDecision decision = new ReviewDecision(id, document.revision(), document.contentHash(),
                ReviewAction.REQUEST_WITHDRAWAL, by, now(), reason);
        writer.write(List.of(decisionRecord(decision)));
        return decision;
    }

    /** Answers a withdrawal request by keeping the document public as it is; the request is not asked again. */
    public ReviewDecision keep(String id, String reason, String by) throws IOException {
        InboxEntry entry = current(id, null);
        if (entry.state() != ReviewState.WITHDRAWAL_REQUESTED) {
            throw new ReviewRefusedException("nobody asked to withdraw '" + entry.document().title()
                    + "': there is no request to answer");
        }
        Document document = entry.document();
        ReviewDecision decision = new ReviewDecision(id, document.revision(), document.contentHash(),
                ReviewAction.KEEP, by, now(), reason == null || reason.isBlank() ? null : reason.strip());
        writer.write(List.of(decisionRecord(decision)));
        return decision;
    }

    /** Approves or rejects each selected document, all in one transaction: all of them, or none if one is refused. */
    public List<ReviewDecision> bulk(ReviewAction action, List<Selected> selection, String reason, String by)
            throws IOException {
        if (action != ReviewAction.APPROVE && action != ReviewAction.REJECT) {
            throw new ReviewRefusedException("only approve and reject apply to a selection, not " + action);
        }
        if (selection.isEmpty()) {
            throw new ReviewRefusedException("no document is selected");
        }
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<ReviewDecision> decisions = new ArrayList<>();
        Map<String, InboxEntry> entries = inbox.entries(selection.stream().map(Selected::id).distinct().toList());
        for (Selected selected : selection) {
            InboxEntry entry = checked(selected.id(), entries.get(selected.id()), selected.revision());
            decisions.add(action == ReviewAction.APPROVE ? approval(entry, null, by, records)
                    : rejection(entry, reason, by, records));
        }
        writer.write(records);
        return decisions;
    }

    private ReviewDecision approval(InboxEntry entry, ReviewEdits edits, String by,
                                    List<ProducerRecord<String, String>> records) {
        Document harvested = entry.document();
        long publishedRevision = publishedRevision(entry);
        Document edited = (edits == null ? new ReviewEdits(null, null, null, null, null) : edits)
                .applyTo(harvested, publishedRevision);
        if (!Klasifikasi.isPublic(edited.klasifikasi())) {
            throw new ReviewRefusedException("'" + harvested.title() + "' is classified dikecualikan (exempt from"
                    + " disclosure) and cannot be published: give it another class when approving, if it may be"
                    + " public after all");
        }
        ReviewDecision decision = new ReviewDecision(harvested.id(), harvested.revision(), harvested.contentHash(),
                ReviewAction.APPROVE, by, now(), null, edits, publishedRevision);
        records.add(new ProducerRecord<>(topics.published(), harvested.id(), json(edited)));
        records.add(decisionRecord(decision));
        return decision;
    }

    private ReviewDecision rejection(InboxEntry entry, String reason, String by,
                                     List<ProducerRecord<String, String>> records) {
        requireReason(reason, "reject");
        Document harvested = entry.document();
        if (entry.state() == ReviewState.PUBLISHED || entry.state() == ReviewState.AUTO_PUBLISHED
                || entry.state() == ReviewState.WITHDRAWAL_REQUESTED) {
            throw new ReviewRefusedException("revision " + harvested.revision() + " of '" + harvested.id()
                    + "' is public: withdraw it instead of rejecting it");
        }
        ReviewDecision decision = new ReviewDecision(harvested.id(), harvested.revision(), harvested.contentHash(),
                ReviewAction.REJECT, by, now(), reason.strip());
        records.add(decisionRecord(decision));
        return decision;
    }

    /**
     * The public index keeps the highest revision number it was given (external versioning), and remembers a
     * withdrawn one for a while: an approval must publish under a number above both, even when it approves the same
     * harvested revision again with other edits. Revisions are moments (a harvest's, an approval's), so the
     * approval's moment is above every earlier one, and a later harvest is above it in turn; the last approval's
     * number guards against a clock that went back.
     */
    private long publishedRevision(InboxEntry entry) {
        long lastPublished = entry.decision() == null || entry.decision().publishedRevision() == null ? 0
                : entry.decision().publishedRevision();
        return Math.max(Math.max(entry.document().revision(), clock.millis()), lastPublished + 1);
    }

    private InboxEntry current(String id, Long seenRevision) throws IOException {
        return checked(id, inbox.entry(id).orElse(null), seenRevision);
    }

    private static InboxEntry checked(String id, InboxEntry entry, Long seenRevision) {
        if (entry == null) {
            throw new NotFoundException("no document '" + id + "' in the inbox");
        }
        if (seenRevision != null && seenRevision != entry.document().revision()) {
            throw new ReviewRefusedException("document '" + id + "' changed since it was shown (revision "
                    + seenRevision + ", now " + entry.document().revision() + "): look at the new revision first");
        }
        return entry;
    }

    private ProducerRecord<String, String> decisionRecord(ReviewDecision decision) {
        return new ProducerRecord<>(topics.reviews(), decision.documentId(), json(decision));
    }

    private Instant now() {
        return clock.instant();
    }

    private static void requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefusedException("a reason is required to " + action + ": the audit and the agency"
                    + " will read it");
        }
    }

    private static String json(Object value) {
        try {
            return JembatanJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
