package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Everything the agenda page shows, ready to write: the events by the day they are on, the periods and filters to
 * change it with, the calendars to subscribe to.
 *
 * @param range     the days the period covers ("Senin, 30 November 2026 – Minggu, 6 Desember 2026"), empty for all
 *                  that is coming
 * @param chips     the filters in force, each with a link that takes it back
 * @param calendars the calendar of all events, then one for each kecamatan chosen
 */
record AgendaView(AgendaForm form, long total, String range, List<PeriodLink> periods, List<Day> days,
                  List<SearchView.FacetOption> kecamatan, List<SearchView.FacetOption> organisers,
                  List<SelectedFilters.Chip> chips, SearchView.Paging paging, List<Calendar> calendars) {

    /** A period to switch to, with the filters kept; {@code current} for the one shown. */
    record PeriodLink(String labelKey, String href, boolean current) {
    }

    /**
     * The events of one day, in the order they start.
     *
     * @param noteKey "agenda.today" or "agenda.tomorrow" when the day is one of those, else {@code null}
     */
    record Day(String heading, String iso, String noteKey, List<Entry> events) {
    }

    /**
     * One event as the agenda lists it.
     *
     * @param lang      the language of its title when it is not the page's, else {@code null}
     * @param publisher the agency that announced it, said when the event names no organiser
     */
    record Entry(String href, String title, String lang, String publisher, EventView event) {
    }

    /** @param kecamatan the kecamatan the calendar keeps to, {@code null} for all events */
    record Calendar(String href, String kecamatan) {
    }

    static AgendaView of(AgendaForm form, AgendaSearch.Agenda agenda, Locale locale, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LibraryTime.ZONE);
        EventWhen when = new EventWhen(locale);
        DisplayFormat format = new DisplayFormat(locale);
        int pageCount = (int) Math.min(AgendaForm.LAST_PAGE + 1L,
                (agenda.total() + AgendaForm.PAGE_SIZE - 1) / AgendaForm.PAGE_SIZE);
        List<Calendar> calendars = new ArrayList<>();
        calendars.add(new Calendar("/feeds/agenda.ics", null));
        form.kecamatan().forEach(name -> calendars.add(new Calendar(AgendaForm.calendarHref(name), name)));
        return new AgendaView(form, agenda.total(), range(form.period(), today, when, locale), periods(form),
                days(agenda.events(), today, when, format, locale, clock),
                SearchView.facet("kecamatan", form.kecamatan(), facet(agenda, "kecamatan"), Function.identity()),
                SearchView.facet("organiser", form.organisers(), facet(agenda, "organiser"), Function.identity()),
                chips(form), SearchView.Paging.of(form.page(), pageCount, form::pageHref), calendars);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Whether the filter form has anything to offer. */
    public boolean hasFilters() {
        return !kecamatan.isEmpty() || !organisers.isEmpty();
    }

    private static List<SearchResult.FacetCount> facet(AgendaSearch.Agenda agenda, String name) {
        return agenda.facets().getOrDefault(name, List.of());
    }

    /**
     * Events in the order they start, under the day they are on: their first day, or today for one that began
     * earlier and is still going on (a fair of several days is today's too). The days thus never go back.
     */
    private static List<Day> days(List<Document> events, LocalDate today, EventWhen when, DisplayFormat format,
                                  Locale locale, Clock clock) {
        List<Day> days = new ArrayList<>();
        LocalDate current = null;
        List<Entry> entries = null;
        for (Document document : events) {
            if (document.event() == null) {
                continue;
            }
            LocalDate first = LocalDate.ofInstant(document.event().start(), LibraryTime.ZONE);
            LocalDate day = first.isBefore(today) ? today : first;
            if (!day.equals(current)) {
                current = day;
                entries = new ArrayList<>();
                days.add(new Day(when.day(day), day.toString(), day.equals(today) ? "agenda.today"
                        : day.equals(today.plusDays(1)) ? "agenda.tomorrow" : null, entries));
            }
            entries.add(new Entry(DocumentPageController.href(document.id()), document.title(),
                    format.contentLanguage(document.language()),
                    document.agency() == null ? null : document.agency().name(),
                    EventView.of(document.event(), locale, clock)));
        }
        return days;
    }

    private static List<PeriodLink> periods(AgendaForm form) {
        return List.of(AgendaForm.Period.values()).stream().map(period -> new PeriodLink(
                "agenda.view." + period.name(), form.withPeriod(period).address(), period == form.period())).toList();
    }

    private static String range(AgendaForm.Period period, LocalDate today, EventWhen when, Locale locale) {
        return switch (period) {
            case WEEK -> when.day(period.firstDay(today)) + " – " + when.day(period.lastDay(today));
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(today);
            case ALL -> "";
        };
    }

    private static List<SelectedFilters.Chip> chips(AgendaForm form) {
        List<SelectedFilters.Chip> chips = new ArrayList<>();
        form.kecamatan().forEach(name -> chips.add(new SelectedFilters.Chip("kecamatan", name, null,
                form.withoutKecamatan(name).address())));
        form.organisers().forEach(name -> chips.add(new SelectedFilters.Chip("organiser", name, null,
                form.withoutOrganiser(name).address())));
        return chips;
    }
}
