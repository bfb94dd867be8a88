package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.routes.source.SourceRunner;
import id.perpustakaan.jembatan.indexer.audit.AuditSearch;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.Topics;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages beside the queue: the audit trail, the failures and the sources dashboard. */
@Controller
class ReviewBoardPagesController {

    private static final int AUDIT_PAGE = 100;
    /** Newest failures shown of each source: a librarian acts on the newest, and 40 sources' 50 took a second to draw. */
    private static final int FAILURES_PER_SOURCE = 20;

    private final AuditTrail audit;
    private final Failures failures;
    private final SourceBoard board;
    private final FailureReplay replay;
    private final ReviewWriter writer;
    private final Topics topics;
    private final Clock clock;
    private final MessageSource messages;

    ReviewBoardPagesController(AuditTrail audit, Failures failures, SourceBoard board, FailureReplay replay,
                               ReviewWriter writer, Topics topics, Clock clock, MessageSource messages) {
        this.audit = audit;
        this.failures = failures;
        this.board = board;
        this.replay = replay;
        this.writer = writer;
        this.topics = topics;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/review/audit")
    String audit(@RequestParam(required = false) String documentId, @RequestParam(required = false) String by,
                 @RequestParam(required = false) ReviewAction action, @RequestParam(required = false) String after,
                 Model model) throws IOException {
        AuditTrail.Page page = audit.page(filter(documentId, by, action), AUDIT_PAGE, after);
        model.addAttribute("auditPage", page);
        model.addAttribute("decisions", page.decisions());
        model.addAttribute("total", page.total());
        model.addAttribute("next", page.next());
        model.addAttribute("documentId", documentId);
        model.addAttribute("by", by);
        model.addAttribute("action", action);
        model.addAttribute("actions", ReviewAction.values());
        return "review/audit";
    }

    @GetMapping(value = "/review/audit.csv", produces = "text/csv")
    ResponseEntity<String> auditCsv(@RequestParam(required = false) String documentId,
                                    @RequestParam(required = false) String by,
                                    @RequestParam(required = false) ReviewAction action) throws IOException {
        return ReviewDownloads.csv(audit.csv(filter(documentId, by, action)), documentId);
    }

    @GetMapping("/review/failures")
    String failures(Model model) throws IOException {
        model.addAttribute("groups", failures.bySource(FAILURES_PER_SOURCE));
        return "review/failures";
    }

    /** @param fileName one refused file of a folder source; without it, every refused item of the source */
    @PostMapping("/review/failures/{sourceId}/replay")
    String replay(@PathVariable String sourceId, @RequestParam(required = false) String fileName,
                  RedirectAttributes redirect) throws IOException {
        int replayed = fileName == null || fileName.isBlank() ? replay.replayAll(sourceId)
                : replay.replay(sourceId, fileName);
        redirect.addFlashAttribute("outcome", "replayed");
        redirect.addFlashAttribute("outcomeId", sourceId);
        redirect.addFlashAttribute("count", replayed);
        return "redirect:/review/failures";
    }

    /**
     * Sets one failure aside with the librarian's note; it stays listed, with who dismissed it and why.
     *
     * @param item what the page called the failed item, for the notice
     */
    @PostMapping("/review/failures/{sourceId}/dismiss")
    String dismiss(@PathVariable String sourceId, @RequestParam(required = false) String locator,
                   @RequestParam(required = false) String documentId, @RequestParam Instant failedAt,
                   @RequestParam(defaultValue = "") String note, @RequestParam(required = false) String item,
                   Principal user, RedirectAttributes redirect)
            throws IOException {
        if (note.isBlank()) {
            redirect.addFlashAttribute("refusal", messages.getMessage("review.failures.noteRequired", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/review/failures";
        }
        FailureDismissal dismissal = new FailureDismissal(sourceId, blankToNull(locator), blankToNull(documentId),
                failedAt, user.getName(), clock.instant(), note.strip());
        writer.write(List.of(new ProducerRecord<>(topics.deadletter(), sourceId,
                JembatanJson.mapper().writeValueAsString(dismissal))));
        redirect.addFlashAttribute("outcome", "dismissed");
        // the notice names the item as the page did (its title or file), not by its locator
        redirect.addFlashAttribute("outcomeId", item != null && !item.isBlank() ? item.strip()
                : locator == null || locator.isBlank() ? documentId : locator);
        return "redirect:/review/failures";
    }

    @GetMapping("/review/sources")
    String sources(Model model) throws IOException {
        model.addAttribute("rows", board.rows());
        return "review/sources";
    }

    @PostMapping("/review/sources/{id}/run")
    String run(@PathVariable String id, RedirectAttributes redirect) {
        SourceRunner.Outcome run = board.run(id);
        if (run.state() == SourceRunner.State.RUNNING) {
            Locale locale = LocaleContextHolder.getLocale();
            redirect.addFlashAttribute("refusal", messages.getMessage("review.sources.running",
                    new Object[] {id, new ReviewDisplay(locale, messages, board.sources()).time(run.runningSince())},
                    locale));
            return "redirect:/review/sources";
        }
        redirect.addFlashAttribute("outcome", run.state() == SourceRunner.State.STARTED ? "run-started"
                : "run-handed-over");
        redirect.addFlashAttribute("outcomeId", id);
        return "redirect:/review/sources";
    }

    @ExceptionHandler(ReviewRefusedException.class)
    String refused(ReviewRefusedException e, RedirectAttributes redirect,
                   jakarta.servlet.http.HttpServletRequest request) {
        redirect.addFlashAttribute("refusal", e.getMessage());
        return request.getRequestURI().startsWith("/review/failures") ? "redirect:/review/failures"
                : "redirect:/review/sources";
    }

    private static AuditSearch.Filter filter(String documentId, String by, ReviewAction action) {
        return new AuditSearch.Filter(blankToNull(documentId), blankToNull(by), action);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
