package id.perpustakaan.jembatan.app.review.agenda;

import id.perpustakaan.jembatan.app.portal.EventWhen;
import id.perpustakaan.jembatan.model.Document;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review desk's agenda: the library's own coming events, a form to add one, to change it, and to call it off.
 * What is saved reaches the public agenda and calendars once the pipeline took it, seconds later.
 */
@Controller
class LibraryEventsController {

    private static final Logger log = LoggerFactory.getLogger(LibraryEventsController.class);

    private final LibraryEvents events;
    private final String library;

    LibraryEventsController(LibraryEvents events, @Value("${jembatan.feeds.title}") String library) {
        this.events = events;
        this.library = library;
    }

    /** One of the library's events in the list: its key, title and when. */
    record Row(String key, String title, String when, String place, boolean cancelled) {
    }

    @GetMapping("/review/agenda")
    String list(Model model, Locale locale) throws IOException {
        EventWhen when = new EventWhen(locale);
        List<Row> rows = events.coming().stream().map(document -> row(document, when)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("configured", events.source().isPresent());
        model.addAttribute("sourceId", events.sourceId());
        return "review/agenda";
    }

    @GetMapping("/review/agenda/new")
    String blank(Model model) {
        return form(model, LibraryEventForm.empty(library), List.of());
    }

    @GetMapping("/review/agenda/{key}")
    String edit(@PathVariable String key, Model model, RedirectAttributes redirect) throws IOException {
        var form = events.form(key);
        if (form.isEmpty()) {
            redirect.addFlashAttribute("outcome", "event-unknown");
            redirect.addFlashAttribute("outcomeId", key);
            return "redirect:/review/agenda";
        }
        return form(model, form.get(), List.of());
    }

    @PostMapping("/review/agenda")
    String save(@ModelAttribute LibraryEventForm form, Model model, RedirectAttributes redirect) throws IOException {
        List<String> problems = form.problems();
        if (!problems.isEmpty() || events.source().isEmpty()) {
            return form(model, form, problems);
        }
        try {
            String key = events.save(form, false);
            log.info("library event '{}' saved as {}", form.title().strip(), key);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("refusal", refused.getMessage());
            return form(model, form, List.of());
        }
        redirect.addFlashAttribute("outcome", form.key() == null || form.key().isBlank() ? "event-added"
                : "event-changed");
        redirect.addFlashAttribute("outcomeId", form.title().strip());
        return "redirect:/review/agenda";
    }

    @PostMapping("/review/agenda/{key}/cancel")
    String cancel(@PathVariable String key, RedirectAttributes redirect) throws IOException {
        var form = events.form(key);
        if (form.isEmpty() || events.source().isEmpty()) {
            redirect.addFlashAttribute("outcome", "event-unknown");
            redirect.addFlashAttribute("outcomeId", key);
            return "redirect:/review/agenda";
        }
        events.save(form.get(), true);
        log.info("library event {} called off", key);
        redirect.addFlashAttribute("outcome", "event-cancelled");
        redirect.addFlashAttribute("outcomeId", form.get().title());
        return "redirect:/review/agenda";
    }

    private String form(Model model, LibraryEventForm form, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("configured", events.source().isPresent());
        model.addAttribute("sourceId", events.sourceId());
        return "review/agenda-form";
    }

    private static Row row(Document document, EventWhen when) {
        var event = document.event();
        return new Row(LibraryEvents.keyOf(document), document.title(), when.of(event),
                event.place() == null ? "" : event.place().line(), event.cancelled());
    }
}
