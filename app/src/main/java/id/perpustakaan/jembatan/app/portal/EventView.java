package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An event's facts as the portal shows them: on the agenda, on its document page and under a search result. Text is
 * escaped by the templates; the registration address is kept only when it is a web address.
 *
 * @param when                 its day and hours in WIB ({@link EventWhen})
 * @param startIso             the machine-readable start for {@code <time datetime>}: a day for an all-day event
 * @param placeLine            the place in one line ("Aula, Jl. …, Kel. Saringan, Kec. Barangin"), empty without one
 * @param organiser            who holds it, {@code null} when its source does not say
 * @param registrationHref     where to register, {@code null} without a web address; {@code registrationHost} names it
 * @param registrationDeadline until when one can register, as the page writes it; {@code null} without a deadline
 * @param deadlineWholeDay     the deadline is the end of its day ("paling lambat …"), not an hour of it ("sebelum …")
 * @param registrationClosed   the deadline has passed
 * @param over                 it has ended (on the agenda never; on its page and in a search, it may have)
 */
record EventView(String when, String startIso, String placeName, String address, String kelurahan, String kecamatan,
                 String placeLine, String organiser, String registrationHref, String registrationHost,
                 String registrationDeadline, boolean deadlineWholeDay, boolean registrationClosed, Integer capacity,
                 boolean cancelled, boolean over) {

    /** {@code null} for a document that is no event. */
    static EventView of(Event event, Locale locale, Clock clock) {
        if (event == null) {
            return null;
        }
        EventWhen format = new EventWhen(locale);
        Instant now = clock.instant();
        EventPlace place = event.place() == null ? new EventPlace(null, null, null, null) : event.place();
        String registration = SafeHtml.webAddress(event.registrationUrl());
        Instant deadline = event.registrationDeadline();
        boolean wholeDay = deadline != null && endsItsDay(deadline);
        return new EventView(format.of(event), startIso(event), blankless(place.name()), blankless(place.address()),
                blankless(place.kelurahan()), blankless(place.kecamatan()), place.line(), blankless(event.organiser()),
                registration, registration == null ? null : URI.create(registration).getHost(),
                deadline == null ? null : deadline(deadline, wholeDay, format),
                wholeDay, deadline != null && !deadline.isAfter(now), event.capacity(), event.cancelled(),
                event.isOver(now));
    }

    public boolean hasPlace() {
        return !placeLine.isEmpty();
    }

    /** "Kelurahan Saringan, Kecamatan Barangin": the city's own words for its areas, in either language. */
    public String area() {
        StringBuilder area = new StringBuilder();
        if (kelurahan != null) {
            area.append("Kelurahan ").append(kelurahan);
        }
        if (kecamatan != null) {
            area.append(area.isEmpty() ? "" : ", ").append("Kecamatan ").append(kecamatan);
        }
        return area.toString();
    }

    /** Where to register, while one still can. */
    public boolean isRegistrationOpen() {
        return registrationHref != null && !registrationClosed && !cancelled && !over;
    }

    /** Whether there is anything to say about registering: its deadline, or where to while one still can. */
    public boolean hasRegistration() {
        return registrationDeadline != null || isRegistrationOpen();
    }

    /**
     * Agencies write a day's deadline as its last minute or as the next midnight; either way the citizen's last day
     * is the day named, so it reads "paling lambat Selasa, 10 Maret 2026" without an hour.
     */
    private static boolean endsItsDay(Instant deadline) {
        LocalTime time = deadline.atZone(LibraryTime.ZONE).toLocalTime();
        return time.equals(LocalTime.MIDNIGHT) || !time.isBefore(LocalTime.of(23, 59));
    }

    private static String deadline(Instant deadline, boolean wholeDay, EventWhen format) {
        ZonedDateTime local = deadline.atZone(LibraryTime.ZONE);
        if (!wholeDay) {
            return format.day(local.toLocalDate()) + ", " + format.time(deadline) + " WIB";
        }
        return format.day(local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? local.toLocalDate().minusDays(1) : local.toLocalDate());
    }

    private static String startIso(Event event) {
        ZonedDateTime start = event.start().atZone(LibraryTime.ZONE);
        return event.allDay() ? start.toLocalDate().toString()
                : start.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
