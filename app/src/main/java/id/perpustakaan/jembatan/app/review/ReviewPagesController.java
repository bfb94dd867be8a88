package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.QueuePage;
import id.perpustakaan.jembatan.indexer.inbox.QueueQuery;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewState;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
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

    private final InboxSearch inbox;
    private final ReviewItems items;
    private final ReviewActions actions;
    private final SourceCatalog sources;
    private final OriginalArchive archive;
    private final Renormalisation renormalisation;
    private final Clock clock;

    ReviewPagesController(InboxSearch inbox, ReviewItems items, ReviewActions actions, SourceCatalog sources,
                          OriginalArchive archive, Renormalisation renormalisation, Clock clock) {
        this.inbox = inbox;
        this.items = items;
        this.actions = actions;
        this.sources = sources;
        this.archive = archive;
        this.renormalisation = renormalisation;
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

    @PostMapping("/review/items/{id}/approve")
    String approve(@PathVariable String id, ApprovalForm form, @RequestParam(required = false) String next,
                   Principal user, RedirectAttributes redirect) throws IOException {
        actions.approve(id, form.revision(), form.editsOf(harvested(id)), user.getName());
        return done(redirect, "approved", id, next);
    }

    @PostMapping("/review/items/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) Long revision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String next,
                  Principal user, RedirectAttributes redirect) throws IOException {
        actions.reject(id, revision, reason, user.getName());
        return done(redirect, "rejected", id, next);
    }

    @PostMapping("/review/items/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason, Principal user,
                    RedirectAttributes redirect) throws IOException {
        actions.withdraw(id, reason, user.getName());
        return done(redirect, "withdrawn", id, "item");
    }

    /** Answers a withdrawal request by keeping the document public. */
    @PostMapping("/review/items/{id}/keep")
    String keep(@PathVariable String id, @RequestParam(required = false) String reason, Principal user,
                RedirectAttributes redirect) throws IOException {
        actions.keep(id, reason, user.getName());
        return done(redirect, "kept", id, "item");
    }

    @PostMapping("/review/items/{id}/renormalise")
    String renormalise(@PathVariable String id, RedirectAttributes redirect) throws IOException {
        Renormalisation.Outcome outcome = renormalisation.run(harvested(id));
        return done(redirect, outcome.changed() ? "renormalised" : "renormalised-same", id, "item");
    }

    /** @param selected {@code id@revision} of each checked row */
    @PostMapping("/review/bulk")
    String bulk(@RequestParam ReviewAction action, @RequestParam(required = false) List<String> selected,
                @RequestParam(required = false) String reason, Principal user, RedirectAttributes redirect)
            throws IOException {
        List<ReviewActions.Selected> selection = new ArrayList<>();
        for (String value : selected == null ? List.<String>of() : selected) {
            int at = value.lastIndexOf('@');
            selection.add(at < 0 ? new ReviewActions.Selected(value, null)
                    : new ReviewActions.Selected(value.substring(0, at), Long.valueOf(value.substring(at + 1))));
        }
        int decided = actions.bulk(action, selection, reason, user.getName()).size();
        redirect.addFlashAttribute("outcome", action == ReviewAction.APPROVE ? "bulk-approved" : "bulk-rejected");
        redirect.addFlashAttribute("count", decided);
        return "redirect:/review";
    }

    @ExceptionHandler({ReviewRefusedException.class, IllegalArgumentException.class})
    String refused(RuntimeException e, RedirectAttributes redirect,
                   jakarta.servlet.http.HttpServletRequest request) {
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

    private static String done(RedirectAttributes redirect, String outcome, String id, String next) {
        redirect.addFlashAttribute("outcome", outcome);
        redirect.addFlashAttribute("outcomeId", id);
        if ("item".equals(next)) {
            redirect.addAttribute("id", id);
            return "redirect:/review/items/{id}";
        }
        return "redirect:/review";
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
