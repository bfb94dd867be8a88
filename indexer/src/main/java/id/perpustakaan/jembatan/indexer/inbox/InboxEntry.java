package id.perpustakaan.jembatan.indexer.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.indexer.search.SearchFields;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewState;

/**
 * What the inbox holds for one document: its latest harvested revision, the latest decision about it and which
 * revision the public sees. Folding is order-tolerant, because the documents and reviews topics are read without an
 * order between them and a batch may be delivered twice: an older revision or an older decision changes nothing.
 *
 * @param document          {@code null} while only a decision has been read (a rebuild reads both topics at once)
 * @param decision          the latest decision, about whichever revision
 * @param publishedRevision the revision the public sees, {@code null} when none
 */
public record InboxEntry(Document document, ReviewDecision decision, Long publishedRevision) {

    public static final InboxEntry EMPTY = new InboxEntry(null, null, null);
    private static final ObjectMapper JSON = JembatanJson.mapper();

    public InboxEntry with(Document incoming) {
        if (document != null && incoming.revision() < document.revision()) {
            return this;
        }
        return new InboxEntry(incoming, decision, publishedRevision);
    }

    public InboxEntry with(ReviewDecision incoming) {
        if (decision != null && incoming.at().isBefore(decision.at())) {
            return this;
        }
        if (incoming.action() == ReviewAction.REQUEST_WITHDRAWAL && !asksSomethingNew(incoming)) {
            return this;
        }
        Long published = switch (incoming.action()) {
            case APPROVE, AUTO_PUBLISH -> Long.valueOf(incoming.revision());
            case WITHDRAW -> null;
            case REJECT, REQUEST_WITHDRAWAL, KEEP -> publishedRevision;
        };
        return new InboxEntry(document, incoming, published);
    }

    /**
     * A request to withdraw changes the entry only while the document is public and the question is open: a
     * mirrored folder asks again after every start for a file still missing, and a librarian who kept this revision
     * public, or withdrew it, has answered that already. (Decisions about one document are read in their order: the
     * reviews topic is keyed by document.)
     */
    private boolean asksSomethingNew(ReviewDecision request) {
        if (publishedRevision == null) {
            return false;
        }
        if (decision == null) {
            return true;
        }
        boolean sameRevision = decision.revision() == request.revision();
        return !(sameRevision && (decision.action() == ReviewAction.KEEP
                || decision.action() == ReviewAction.REQUEST_WITHDRAWAL));
    }

    /** {@code null} until the document itself has been read. */
    public ReviewState state() {
        if (document == null) {
            return null;
        }
        if (decision == null) {
            return ReviewState.PENDING;
        }
        if (decision.revision() == document.revision()
                || decision.action() == ReviewAction.WITHDRAW && decision.revision() > document.revision()) {
            return ReviewState.after(decision.action());
        }
        return ReviewState.PENDING;
    }

    /**
     * Grows with every revision and decision folded in (both are moments: a revision is its harvest time in
     * milliseconds), so that Elasticsearch can refuse a stale write as an older external version.
     */
    public long version() {
        long revision = document == null ? 0 : document.revision();
        long decided = decision == null ? 0 : decision.at().toEpochMilli();
        return Math.max(1, Math.max(revision, decided));
    }

    /** The indexed form: the document's {@link SearchFields}, {@code review} with the state and decision, the published revision. */
    public ObjectNode toJson() {
        ObjectNode json = document == null ? JSON.createObjectNode() : SearchFields.of(document);
        ObjectNode review = json.putObject("review");
        ReviewState state = state();
        if (state != null) {
            review.put("state", state.name());
        }
        if (decision != null) {
            review.set("decision", JSON.valueToTree(decision));
        }
        if (publishedRevision != null) {
            json.put("publishedRevision", publishedRevision);
        }
        return json;
    }

    public static InboxEntry fromJson(JsonNode json) {
        try {
            Document document = json.has("revision") ? JSON.treeToValue(json, Document.class) : null;
            JsonNode decision = json.path("review").get("decision");
            JsonNode published = json.get("publishedRevision");
            return new InboxEntry(document, decision == null ? null : JSON.treeToValue(decision, ReviewDecision.class),
                    published == null || published.isNull() ? null : published.asLong());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an inbox entry: " + e.getOriginalMessage(), e);
        }
    }
}
