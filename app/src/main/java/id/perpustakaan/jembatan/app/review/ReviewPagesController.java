package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.QueuePage;
import id.perpustakaan.jembatan.indexer.inbox.QueueQuery;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.ReviewState;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import id.perpustakaan.jembatan.app.web.OriginalResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The librarians' queue and item pages, and the actions their forms post. Every action redirects (post, redirect,
 * get), so that reloading a page never repeats a decision; the outcome is shown once, as a flash message.
 */
@Controller
class ReviewPagesController {

    static final int PAGE_SIZE = 50;
    private static final String ITEM = "item";

    private final InboxSearch inbox;
    private final ReviewItems items;
    private final ReviewActions actions;
    private final SourceCatalog sources;
    private final OriginalArchive archive;
    private final Renormalisation renormalisation;
    private final ProjectedDecisions projected;
    private final Clock clock;

    ReviewPagesController(InboxSearch inbox, ReviewItems items, ReviewActions actions, SourceCatalog sources,
                          OriginalArchive archive, Renormalisation renormalisation, ProjectedDecisions projected,
                          Clock clock) {
        this.inbox = inbox;
        this.items = items;
        this.actions = actions;
        this.sources = sources;
        this.archive = archive;
        this.renormalisation = renormalisation;
        this.projected = projected;
        this.clock = clock;
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) ReviewState state, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String source, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) Integer olderThanDays,
                 @RequestParam(defaultValue = "false") boolean problems,
                 @RequestParam(required = false) String after, Model model) throws IOException {
        QueuePage page = inbox.queue(new QueueQuery(state == null ? null : List.of(state), agency, source, kind,
                olderThanDays == null ? null : clock.instant().minus(Duration.ofDays(olderThanDays)), problems,
                PAGE_SIZE, after));
        model.addAttribute("page", page);
        // regulations stay public until a librarian answers: the queue says when some wait, whatever it shows
        model.addAttribute("withdrawalRequests", state == ReviewState.WITHDRAWAL_REQUESTED ? 0
                : inbox.queue(new QueueQuery(List.of(ReviewState.WITHDRAWAL_REQUESTED), null, null, null, null,
                        false, 1, null)).total());
        model.addAttribute("agencyTotal", page.countsByAgency().values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("state", state == null ? ReviewState.PENDING : state);
        model.addAttribute("agency", agency);
        model.addAttribute("source", source);
        model.addAttribute("kind", kind);
        model.addAttribute("olderThanDays", olderThanDays);
        model.addAttribute("problems", problems);
        model.addAttribute("after", after);
        model.addAttribute("states", ReviewState.values());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("sources", sources.all());
        return "review/queue";
    }

    @GetMapping("/review/items/{id}")
    String item(@PathVariable String id, Model model) throws IOException {
        ItemView view = items.view(id);
        model.addAttribute("item", view);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("classes", Klasifikasi.values());
        return "review/item";
    }

    /** The harvested revision's original: inline for the item page's viewer, otherwise as a download. */
    @GetMapping("/review/items/{id}/original")
    ResponseEntity<Resource> original(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline)
            throws IOException {
        Document document = harvested(id);
        if (document.original() == null) {
            throw new NotFoundException("document '" + id + "' has no original file");
        }
        var file = archive.find(document.original().sha256()).orElseThrow(() -> new NotFoundException(
                "the original of document '" + id + "' is not in the archive of originals"));
        String name = document.original().fileName() == null ? "original" : document.original().fileName();
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(mediaType(document.original().mediaType(), inline))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                // an agency's file shown inline must not run anything in this origin
                .header("Content-Security-Policy", "sandbox")
                .body(new OriginalResource(file, document.original().sha256()));
    }

    /**
     * @param next     {@code item} from the item page, which then shows the decision and offers the next item;
     *                 otherwise back to the queue the form was on
     * @param position the row the form was on in the queue, to put the keyboard focus back there
     */
    @PostMapping("/review/items/{id}/approve")
    String approve(@PathVariable String id, ApprovalForm form, @RequestParam(required = false) String next,
                   @RequestParam(required = false) Integer position, Principal user, RedirectAttributes redirect,
                   HttpServletRequest request) throws IOException {
        Document harvested = harvested(id);
        ReviewEdits edits = form.editsOf(harvested);
        ReviewDecision decision = actions.approve(id, form.revision(), edits, user.getName());
        String title = edits.title() != null ? edits.title() : titleOf(harvested);
        return done(redirect, "approved", title, List.of(decision), next, position, request);
    }

    @PostMapping("/review/items/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) Long revision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String next,
                  @RequestParam(required = false) Integer position, Principal user, RedirectAttributes redirect,
                  HttpServletRequest request) throws IOException {
        String title = titleOf(id);
        ReviewDecision decision = actions.reject(id, revision, reason, user.getName());
        return done(redirect, "rejected", title, List.of(decision), next, position, request);
    }

    @PostMapping("/review/items/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason, Principal user,
                    RedirectAttributes redirect, HttpServletRequest request) throws IOException {
        String title = titleOf(id);
        ReviewDecision decision = actions.withdraw(id, reason, user.getName());
        return done(redirect, "withdrawn", title, List.of(decision), ITEM, null, request);
    }

    /** Answers a withdrawal request by keeping the document public. */
    @PostMapping("/review/items/{id}/keep")
    String keep(@PathVariable String id, @RequestParam(required = false) String reason, Principal user,
                RedirectAttributes redirect, HttpServletRequest request) throws IOException {
        String title = titleOf(id);
        ReviewDecision decision = actions.keep(id, reason, user.getName());
        return done(redirect, "kept", title, List.of(decision), ITEM, null, request);
    }

    @PostMapping("/review/items/{id}/renormalise")
    String renormalise(@PathVariable String id, RedirectAttributes redirect) throws IOException {
        Document harvested = harvested(id);
        Renormalisation.Outcome outcome = renormalisation.run(harvested);
        redirect.addFlashAttribute("outcome", outcome.changed() ? "renormalised" : "renormalised-same");
        redirect.addFlashAttribute("outcomeId", titleOf(harvested));
        redirect.addAttribute("id", id);
        return "redirect:/review/items/{id}";
    }

    /** @param selected {@code id@revision} of each checked row */
    @PostMapping("/review/bulk")
    String bulk(@RequestParam ReviewAction action, @RequestParam(required = false) List<String> selected,
                @RequestParam(required = false) String reason, Principal user, RedirectAttributes redirect,
                HttpServletRequest request) throws IOException {
        List<ReviewActions.Selected> selection = new ArrayList<>();
        for (String value : selected == null ? List.<String>of() : selected) {
            int at = value.lastIndexOf('@');
            selection.add(at < 0 ? new ReviewActions.Selected(value, null)
                    : new ReviewActions.Selected(value.substring(0, at), Long.valueOf(value.substring(at + 1))));
        }
        List<ReviewDecision> decisions = actions.bulk(action, selection, reason, user.getName());
        redirect.addFlashAttribute("count", decisions.size());
        return done(redirect, action == ReviewAction.APPROVE ? "bulk-approved" : "bulk-rejected", null, decisions,
                null, 0, request);
    }

    @ExceptionHandler({ReviewRefusedException.class, IllegalArgumentException.class})
    String refused(RuntimeException e, RedirectAttributes redirect, HttpServletRequest request) {
        redirect.addFlashAttribute("refusal", e.getMessage());
        String referer = request.getHeader(HttpHeaders.REFERER);
        // back to the page the form was on, when it is one of ours
        return "redirect:" + (referer != null && referer.contains("/review/items/")
                ? referer.substring(referer.indexOf("/review/items/")) : "/review");
    }

    private Document harvested(String id) throws IOException {
        return inbox.entry(id).orElseThrow(() -> new NotFoundException("no document '" + id + "' in the inbox"))
                .document();
    }

    /**
     * After a decision: waits until the pages show it (see {@link ProjectedDecisions}), then sends the librarian to
     * the item page (which shows the decision and leads to the next item) or back to the queue they came from, with
     * the keyboard focus on the row that took the decided one's place.
     */
    private String done(RedirectAttributes redirect, String outcome, String title, List<ReviewDecision> decisions,
                        String next, Integer position, HttpServletRequest request) throws IOException {
        redirect.addFlashAttribute("outcome", outcome);
        redirect.addFlashAttribute("outcomeId", title);
        if (!projected.awaitShown(decisions)) {
            redirect.addFlashAttribute("lagging", true);
        }
        if (ITEM.equals(next) && decisions.size() == 1) {
            redirect.addAttribute("id", decisions.get(0).documentId());
            return "redirect:/review/items/{id}";
        }
        if (position != null && position >= 0) {
            redirect.addFlashAttribute("focusRow", position);
        }
        return "redirect:" + queueOf(request.getHeader(HttpHeaders.REFERER));
    }

    /** The queue page, with its filters and page, that a form was posted from; the first page otherwise. */
    static String queueOf(String referer) {
        if (referer != null) {
            try {
                URI uri = new URI(referer);
                if ("/review".equals(uri.getRawPath())) {
                    return uri.getRawQuery() == null ? "/review" : "/review?" + uri.getRawQuery();
                }
            } catch (URISyntaxException e) {
                // not an address: the first page of the queue will do
            }
        }
        return "/review";
    }

    /** The title a notice names the document by; its id when the inbox does not know it (any more). */
    private String titleOf(String id) throws IOException {
        return inbox.entry(id).map(entry -> titleOf(entry.document())).orElse(id);
    }

    private static String titleOf(Document document) {
        return document.title() == null || document.title().isBlank() ? document.id() : document.title();
    }

    private static MediaType mediaType(String value, boolean inline) {
        try {
            MediaType type = value == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(value);
            // only PDFs are shown inline; HTML or SVG from an agency is downloaded, never rendered here
            return inline && !MediaType.APPLICATION_PDF.isCompatibleWith(type) ? MediaType.APPLICATION_OCTET_STREAM
                    : type;
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
