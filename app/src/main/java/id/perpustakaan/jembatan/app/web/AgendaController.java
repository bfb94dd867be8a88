package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.app.portal.EventWhen;
import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.LibraryTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agenda}: the events that are not over yet, soonest first, for the digital-library app and the
 * portal's agenda; by days, kecamatan, organiser and agency, with how many events each of those has.
 */
@RestController
@Tag(name = "Agenda", description = "Trainings, forums, posyandu days… that citizens can attend")
class AgendaController {

    static final int DEFAULT_SIZE = 50;

    private final AgendaSearch agenda;
    private final Clock clock;
    private final EventWhen when = new EventWhen(Locale.forLanguageTag("id"));

    AgendaController(AgendaSearch agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    /**
     * An event as the agenda lists it.
     *
     * @param when its day and hours in Indonesian, in WIB ("Kamis, 12 Maret 2026, 09.00–12.00 WIB")
     */
    record AgendaEvent(String id, String title, Agency agency, String summary, Event event, String when,
                       String href) {
    }

    record AgendaPage(long total, int page, int size, List<AgendaEvent> events,
                      Map<String, List<SearchResult.FacetCount>> facets) {
    }

    @GetMapping("/api/agenda")
    @Operation(summary = "Events not over yet, soonest first",
            description = "An event leaves the agenda when it ends; it stays findable in /api/search (kind=event).")
    AgendaPage agenda(@Parameter(description = "first day (WIB), default today") @RequestParam(required = false)
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @Parameter(description = "last day (WIB), included") @RequestParam(required = false)
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) List<String> kecamatan,
                      @RequestParam(required = false) List<String> organiser,
                      @Parameter(description = "agency code") @RequestParam(required = false) List<String> agency,
                      @RequestParam(defaultValue = "0") int page,
                      @Parameter(description = "1 to 100") @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size)
            throws IOException {
        if (size < 1 || size > 100 || page < 0) {
            throw new IllegalArgumentException("size must be between 1 and 100 and page at least 0");
        }
        for (List<String> values : Arrays.asList(kecamatan, organiser, agency)) {
            if (values != null && values.size() > 20) {
                throw new IllegalArgumentException("at most 20 values of a filter");
            }
        }
        Instant now = clock.instant();
        Instant firstMoment = from == null ? now : max(now, from.atStartOfDay(LibraryTime.ZONE).toInstant());
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant();
        var answer = agenda.agenda(new AgendaSearch.AgendaQuery(firstMoment, end, kecamatan, organiser, agency,
                page * size, size));
        List<AgendaEvent> events = answer.events().stream().map(this::event).toList();
        return new AgendaPage(answer.total(), page, size, events, answer.facets());
    }

    private AgendaEvent event(Document document) {
        return new AgendaEvent(document.id(), document.title(), document.agency(), document.summary(),
                document.event(), when.of(document.event()),
                DocumentController.href(document.id()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
