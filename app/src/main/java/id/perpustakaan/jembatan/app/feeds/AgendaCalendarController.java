package id.perpustakaan.jembatan.app.feeds;

import id.perpustakaan.jembatan.app.web.SearchParameters;
import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.model.Document;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code GET /feeds/agenda.ics}: the agenda as a calendar to subscribe to, for all events or an agency's
 * ({@code agency=dinkes}) or a kecamatan's ({@code kecamatan=Barangin}). It keeps the events of the last 30 days
 * beside the coming ones, so a phone's calendar does not lose what just happened at the next refresh. Calendars poll:
 * an unchanged agenda is answered 304.
 */
@RestController
@Tag(name = "Feeds")
class AgendaCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** How long a calendar keeps an event after it ended. */
    static final Duration KEPT_AFTER = Duration.ofDays(30);
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic();

    private final AgendaSearch agenda;
    private final Clock clock;
    private final AgendaCalendar calendar;
    private final String library;

    AgendaCalendarController(AgendaSearch agenda, Clock clock, @Value("${jembatan.feeds.title}") String library,
                             @Value("${jembatan.portal.base-url}") String base) {
        this.agenda = agenda;
        this.clock = clock;
        this.library = library;
        this.calendar = new AgendaCalendar(library, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    @GetMapping("/feeds/agenda.ics")
    @Operation(summary = "The agenda as an iCalendar (RFC 5545) feed, times in Asia/Jakarta")
    ResponseEntity<String> agenda(@Parameter(description = "an agency's code") @RequestParam(required = false)
                                  String agency,
                                  @Parameter(description = "a kecamatan's name, as the agenda lists it")
                                  @RequestParam(required = false) String kecamatan,
                                  ServletWebRequest request) throws IOException {
        SearchParameters.checkLength(agency);
        SearchParameters.checkLength(kecamatan);
        Instant now = clock.instant();
        var query = new AgendaSearch.AgendaQuery(now.minus(KEPT_AFTER), null, listOf(kecamatan), List.of(),
                listOf(agency), 0, AgendaSearch.MAX_SIZE);
        List<Document> events = agenda.agenda(query).events();
        Instant updated = events.stream().map(Document::harvestedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        if (request.checkNotModified(etag(agency, kecamatan, events), updated == null ? -1 : updated.toEpochMilli())) {
            return null;
        }
        String name = "Agenda " + library + (kecamatan != null && !kecamatan.isBlank() ? " – Kec. " + kecamatan.strip()
                : "") + (agency != null && !agency.isBlank() ? " – " + agencyName(events, agency.strip()) : "");
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CACHING).body(calendar.write(name, events));
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    private static String agencyName(List<Document> events, String code) {
        return events.stream().filter(d -> d.agency() != null && code.equals(d.agency().code()))
                .map(d -> d.agency().name()).findFirst().orElse(code);
    }

    private static String etag(String agency, String kecamatan, List<Document> events) {
        return EntityTags.of("ics\n" + agency + "\n" + kecamatan,
                events.stream().map(event -> event.id() + "@" + event.revision()).toList());
    }
}
