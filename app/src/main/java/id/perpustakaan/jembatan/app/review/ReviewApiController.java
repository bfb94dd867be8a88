package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.audit.AuditSearch;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.QueuePage;
import id.perpustakaan.jembatan.indexer.inbox.QueueQuery;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewState;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The review queue as an API (librarians, HTTP Basic), for tools and scripts beside the pages: the same queries
 * and the same actions through Kafka.
 */
@RestController
@RequestMapping("/api/review")
class ReviewApiController {

    /** Decisions in one page of the audit at most. */
    private static final int AUDIT_LIMIT = 1_000;

    private final InboxSearch inbox;
    private final ReviewItems items;
    private final ReviewActions actions;
    private final AuditTrail audit;
    private final Failures failures;
    private final FailureReplay replay;
    private final Renormalisation renormalisation;
    private final Clock clock;

    ReviewApiController(InboxSearch inbox, ReviewItems items, ReviewActions actions, AuditTrail audit,
                        Failures failures, FailureReplay replay, Renormalisation renormalisation, Clock clock) {
        this.inbox = inbox;
        this.items = items;
        this.actions = actions;
        this.audit = audit;
        this.failures = failures;
        this.replay = replay;
        this.renormalisation = renormalisation;
        this.clock = clock;
    }

    @GetMapping("/queue")
    QueuePage queue(@RequestParam(required = false) List<ReviewState> state,
                    @RequestParam(required = false) String agency,
                    @RequestParam(required = false) String source,
                    @RequestParam(required = false) String kind,
                    @RequestParam(required = false) Integer olderThanDays,
                    @RequestParam(defaultValue = "false") boolean problems,
                    @RequestParam(defaultValue = "50") int size,
                    @RequestParam(required = false) String after) throws IOException {
        return inbox.queue(new QueueQuery(state, agency, source, kind,
                olderThanDays == null ? null : clock.instant().minus(Duration.ofDays(olderThanDays)), problems, size,
                after));
    }

    @GetMapping("/items/{id}")
    ItemView item(@PathVariable String id) throws IOException {
        return items.view(id);
    }

    @PostMapping("/items/{id}/approve")
    ReviewDecision approve(@PathVariable String id, @RequestBody(required = false) ReviewRequests.Approve body,
                           Principal user) throws IOException {
        ReviewRequests.Approve request = body == null
                ? new ReviewRequests.Approve(null, null, null, null, null, null, null) : body;
        return actions.approve(id, request.revision(), request.edits(), user.getName());
    }

    @PostMapping("/items/{id}/reject")
    ReviewDecision reject(@PathVariable String id, @RequestBody ReviewRequests.Reject body, Principal user)
            throws IOException {
        return actions.reject(id, body.revision(), body.reason(), user.getName());
    }

    @PostMapping("/items/{id}/withdraw")
    ReviewDecision withdraw(@PathVariable String id, @RequestBody ReviewRequests.Withdraw body, Principal user)
            throws IOException {
        return actions.withdraw(id, body.reason(), user.getName());
    }

    /** Answers a withdrawal request by keeping the document public; the reason is optional. */
    @PostMapping("/items/{id}/keep")
    ReviewDecision keep(@PathVariable String id, @RequestBody(required = false) ReviewRequests.Withdraw body,
                        Principal user) throws IOException {
        return actions.keep(id, body == null ? null : body.reason(), user.getName());
    }

    @PostMapping("/items/{id}/renormalise")
    Renormalisation.Outcome renormalise(@PathVariable String id) throws IOException {
        return renormalisation.run(items.view(id).document());
    }

    @PostMapping("/bulk")
    Map<String, Object> bulk(@RequestBody ReviewRequests.Bulk body, Principal user) throws IOException {
        List<ReviewDecision> decisions = actions.bulk(body.action(), body.items() == null ? List.of() : body.items(),
                body.reason(), user.getName());
        return Map.of("decided", decisions.size(), "decisions", decisions);
    }

    /**
     * A page of the audit, newest first, as a JSON array; when there are older decisions, the {@code Link} header
     * names the next page ({@code rel="next"}, RFC 8288).
     */
    @GetMapping(value = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ReviewDecision>> audit(@RequestParam(required = false) String documentId,
                                               @RequestParam(required = false) String by,
                                               @RequestParam(required = false) ReviewAction action,
                                               @RequestParam(defaultValue = "500") int limit,
                                               @RequestParam(required = false) String after) throws IOException {
        AuditSearch.Filter filter = new AuditSearch.Filter(documentId, by, action);
        AuditTrail.Page page = audit.page(filter, Math.max(1, Math.min(limit, AUDIT_LIMIT)), after);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.decisions());
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    ResponseEntity<String> auditCsv(@RequestParam(required = false) String documentId,
                                    @RequestParam(required = false) String by,
                                    @RequestParam(required = false) ReviewAction action) throws IOException {
        return ReviewDownloads.csv(audit.csv(new AuditSearch.Filter(documentId, by, action)), documentId);
    }

    @GetMapping("/failures")
    List<Failures.Group> failures(@RequestParam(defaultValue = "100") int perSource) throws IOException {
        return failures.bySource(perSource);
    }

    /** @param fileName one refused file of a folder source; without it, every refused item of the source */
    @PostMapping("/failures/{sourceId}/replay")
    Map<String, Object> replay(@PathVariable String sourceId, @RequestParam(required = false) String fileName)
            throws IOException {
        int replayed = fileName == null || fileName.isBlank() ? replay.replayAll(sourceId)
                : replay.replay(sourceId, fileName);
        return Map.of("source", sourceId, "filesPutBack", replayed);
    }
}
