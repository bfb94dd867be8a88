package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /agenda}: what citizens can attend, soonest first, by the day it is on; this week, this month or all that
 * is coming, by kecamatan and organiser. A plain GET form and links, so it works without JavaScript and every view
 * has its own address. An event leaves the agenda when it ends; the search still finds it.
 */
@Controller
class AgendaPageController {

    private final AgendaSearch agenda;
    private final Clock clock;

    AgendaPageController(AgendaSearch agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    // parameters are read as text: a hand-edited address shows what it can, it never fails on a type
    @GetMapping("/agenda")
    String agenda(@RequestParam(required = false) String view,
                  @RequestParam(required = false) List<String> kecamatan,
                  @RequestParam(required = false) List<String> organiser,
                  @RequestParam(required = false) String page,
                  Locale locale, Model model) throws IOException {
        AgendaForm form = AgendaForm.of(view, kecamatan, organiser, page);
        LocalDate today = LocalDate.ofInstant(clock.instant(), LibraryTime.ZONE);
        var query = new AgendaSearch.AgendaQuery(clock.instant(), form.period().startsBefore(today), form.kecamatan(),
                form.organisers(), List.of(), form.page() * AgendaForm.PAGE_SIZE, AgendaForm.PAGE_SIZE);
        model.addAttribute("view", AgendaView.of(form, agenda.agenda(query), locale, clock));
        model.addAttribute("section", "agenda");
        return "portal/agenda";
    }
}
