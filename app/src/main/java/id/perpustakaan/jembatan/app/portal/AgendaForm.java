package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a citizen asked the agenda for, made safe to ask with: like the search page, a hand-edited address never
 * fails, it shows what it can understand (an unknown period is all that is coming, pages are clamped, long or
 * surplus values dropped). It also writes the links that change one thing (another period, a filter less, a page).
 *
 * @param period     which events: this week's, this month's or all that are coming
 * @param kecamatan  only events in these kecamatan (any of them); empty for all
 * @param organisers only events held by these organisers (any of them); empty for all
 * @param page       zero-based; the page shows it one-based
 */
record AgendaForm(Period period, List<String> kecamatan, List<String> organisers, int page) {

    /** Enough for a busy month of a city on one page, few enough for a phone on a slow connection. */
    static final int PAGE_SIZE = 50;
    /** The agenda pages no further than its search does. */
    static final int LAST_PAGE = AgendaSearch.MAX_WINDOW / PAGE_SIZE - 1;
    private static final int MAX_FILTER_VALUES = 20;
    private static final int MAX_VALUE_LENGTH = 100;

    /** The periods as the address names them ({@code view=week}). */
    enum Period {
        /** Monday to Sunday in WIB, as Indonesian calendars count a week. */
        WEEK,
        MONTH,
        ALL;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Period of(String word) {
            for (Period period : values()) {
                if (period.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return period;
                }
            }
            return ALL;
        }

        /** The first day of this period that contains {@code today}. */
        LocalDate firstDay(LocalDate today) {
            return switch (this) {
                case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> today.withDayOfMonth(1);
                case ALL -> today;
            };
        }

        /** The last day of this period that contains {@code today}; {@code null} when it has none. */
        LocalDate lastDay(LocalDate today) {
            return switch (this) {
                case WEEK -> firstDay(today).plusDays(6);
                case MONTH -> today.with(TemporalAdjusters.lastDayOfMonth());
                case ALL -> null;
            };
        }

        /** Events of the period start before this moment (the start of the day after it); {@code null}: no end. */
        Instant startsBefore(LocalDate today) {
            LocalDate last = lastDay(today);
            return last == null ? null : last.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant();
        }
    }

    static AgendaForm of(String view, List<String> kecamatan, List<String> organisers, String page) {
        return new AgendaForm(Period.of(view), values(kecamatan), values(organisers), pageNumber(page));
    }

    public boolean isFiltered() {
        return !kecamatan.isEmpty() || !organisers.isEmpty();
    }

    /** The period as the address names it, {@code null} for all that is coming (the page's default). */
    public String viewParameter() {
        return period == Period.ALL ? null : period.word();
    }

    /** This agenda's own address. */
    public String href() {
        return address();
    }

    AgendaForm withPeriod(Period other) {
        return new AgendaForm(other, kecamatan, organisers, 0);
    }

    AgendaForm withoutKecamatan(String name) {
        return new AgendaForm(period, without(kecamatan, name), organisers, 0);
    }

    AgendaForm withoutOrganiser(String name) {
        return new AgendaForm(period, kecamatan, without(organisers, name), 0);
    }

    String pageHref(int otherPage) {
        return new AgendaForm(period, kecamatan, organisers, otherPage).address();
    }

    /** The same period without any filter. */
    public String unfilteredHref() {
        return new AgendaForm(period, List.of(), List.of(), 0).address();
    }

    /** All that is coming, with the same filters: where an empty week or month sends a citizen. */
    public String allComingHref() {
        return withPeriod(Period.ALL).address();
    }

    /** The calendar of one kecamatan's events, to subscribe to. */
    static String calendarHref(String kecamatan) {
        return "/feeds/agenda.ics?kecamatan=" + encoded(kecamatan);
    }

    /** Encoded as a browser encodes the filter form, in its order: the links and the form give the same addresses. */
    String address() {
        StringJoiner query = new StringJoiner("&", "/agenda?", "").setEmptyValue("/agenda");
        if (period != Period.ALL) {
            query.add("view=" + period.word());
        }
        kecamatan.forEach(name -> query.add("kecamatan=" + encoded(name)));
        organisers.forEach(name -> query.add("organiser=" + encoded(name)));
        if (page > 0) {
            query.add("page=" + (page + 1));
        }
        return query.toString();
    }

    private static List<String> values(List<String> given) {
        List<String> values = new ArrayList<>();
        if (given != null) {
            for (String value : given) {
                String v = value == null ? "" : value.strip();
                if (!v.isEmpty() && v.length() <= MAX_VALUE_LENGTH && !values.contains(v)
                        && values.size() < MAX_FILTER_VALUES) {
                    values.add(v);
                }
            }
        }
        return List.copyOf(values);
    }

    private static List<String> without(List<String> values, String value) {
        return values.stream().filter(v -> !v.equals(value)).toList();
    }

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(LAST_PAGE, Integer.parseInt(page.strip()) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
