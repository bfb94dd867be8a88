package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When an event is, as its readers write it: "Kamis, 12 Maret 2026, 09.00–12.00 WIB", "Jumat, 20 Maret 2026 –
 * Minggu, 22 Maret 2026", or in English "Thursday, 12 March 2026, 09:00–12:00 WIB". Always in WIB, the city's time.
 */
public final class EventWhen {

    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    public EventWhen(Locale locale) {
        boolean indonesian = "id".equals(locale.getLanguage());
        this.day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
        // Indonesian writes hours with a full stop, as agencies do ("pukul 09.00")
        this.time = DateTimeFormatter.ofPattern(indonesian ? "HH.mm" : "HH:mm", locale);
    }

    /** A day as the agenda heads it: "Kamis, 12 Maret 2026". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** A moment's hour in WIB: "09.00" (Indonesian), "09:00" (English). */
    public String time(Instant instant) {
        return time.format(instant.atZone(LibraryTime.ZONE));
    }

    public String of(Event event) {
        ZonedDateTime start = event.start().atZone(LibraryTime.ZONE);
        ZonedDateTime end = event.end() == null ? null : event.end().atZone(LibraryTime.ZONE);
        LocalDate first = start.toLocalDate();
        LocalDate last = end == null ? first : event.allDay() ? end.minusNanos(1).toLocalDate() : end.toLocalDate();
        StringBuilder when = new StringBuilder(day.format(first));
        if (!event.allDay()) {
            when.append(", ").append(time.format(start));
            if (end != null && last.equals(first)) {
                when.append('–').append(time.format(end));
            }
        }
        if (!last.equals(first)) {
            when.append(" – ").append(day.format(last));
            if (!event.allDay() && end != null) {
                when.append(", ").append(time.format(end));
            }
        }
        if (!event.allDay()) {
            when.append(" WIB");
        }
        return when.toString();
    }
}
