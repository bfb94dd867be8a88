package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a librarian read their own writes: after a decision is in Kafka, the page they are sent to must already show
 * it, not the state from before for the second or two the projections take.
 *
 * <p>The action waits, a bounded while, until the inbox (and, for an approval or a withdrawal, the public index)
 * holds the decision, then refreshes the inbox so that the queue's searches see it too. Other ways were weighed: an
 * overlay of this instance's recent decisions would only help pages drawn by the same instance, but web instances
 * are stateless and a balancer may send the next page to another one; an Elasticsearch refresh alone does not help
 * while the projection has not written the decision yet. Waiting on the shared indices makes every instance's next
 * page right, costs a librarian well under a second in the usual case, and one refresh per action is nothing for a
 * desk that takes a few decisions a minute. When the projections lag (the index role is down, say), the wait gives
 * up and the page says the decision is saved but not shown yet.
 */
public class ProjectedDecisions {

    /** How long a librarian waits at most: the projections usually follow in well under a second. */
    static final Duration PATIENCE = Duration.ofSeconds(8);
    private static final Duration POLL = Duration.ofMillis(100);

    private final InboxSearch inbox;
    private final SearchService published;
    private final Duration patience;

    public ProjectedDecisions(InboxSearch inbox, SearchService published) {
        this(inbox, published, PATIENCE);
    }

    ProjectedDecisions(InboxSearch inbox, SearchService published, Duration patience) {
        this.inbox = inbox;
        this.published = published;
        this.patience = patience;
    }

    /** @return whether every decision shows in the indices before the patience ran out */
    public boolean awaitShown(List<ReviewDecision> decisions) throws IOException {
        Map<String, ReviewDecision> remaining = new LinkedHashMap<>();
        decisions.forEach(decision -> remaining.put(decision.documentId(), decision));
        // counted in polls, not read from the clock: a test's clock may stand still
        long polls = Math.max(1, patience.toMillis() / POLL.toMillis());
        for (long poll = 0; poll < polls && !remaining.isEmpty(); poll++) {
            if (poll > 0 && !pause()) {
                return false;
            }
            Map<String, InboxEntry> entries = inbox.entries(new ArrayList<>(remaining.keySet()));
            List<String> shown = new ArrayList<>();
            for (ReviewDecision decision : remaining.values()) {
                if (inInbox(entries.get(decision.documentId()), decision) && inPublicIndex(decision)) {
                    shown.add(decision.documentId());
                }
            }
            shown.forEach(remaining::remove);
        }
        if (!remaining.isEmpty()) {
            return false;
        }
        inbox.refresh();
        return true;
    }

    /** The entry's latest decision is this one or a later one (another librarian's, say). */
    static boolean inInbox(InboxEntry entry, ReviewDecision decision) {
        return entry != null && entry.decision() != null && !entry.decision().at().isBefore(decision.at());
    }

    private boolean inPublicIndex(ReviewDecision decision) throws IOException {
        if (decision.action() == ReviewAction.APPROVE) {
            long revision = decision.publishedRevision() == null ? decision.revision() : decision.publishedRevision();
            Optional<Document> live = published.find(decision.documentId());
            return live.isPresent() && live.get().revision() >= revision;
        }
        if (decision.action() == ReviewAction.WITHDRAW) {
            return published.find(decision.documentId()).isEmpty();
        }
        return true;
    }

    private static boolean pause() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
