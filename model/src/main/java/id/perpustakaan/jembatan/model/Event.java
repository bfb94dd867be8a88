package id.perpustakaan.jembatan.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something citizens can attend at a time and a place: a training, a workshop, a forum, a posyandu day, a job fair.
 * Read from a table of records, from an announcement that describes one, or entered by a librarian.
 *
 * @param start                when it starts; for an all-day event, 00:00 WIB of its first day
 * @param end                  when it ends as its source says, or null when it does not say
 * @param allDay               whether only its day is known, not its hours
 * @param place                where, or null when the source does not say
 * @param organiser            who holds it, by name ("Dinas Kesehatan", "Perpustakaan Kota Sawahlunto"), or null
 * @param registrationUrl      where to register, or null
 * @param registrationDeadline until when one can register, or null
 * @param capacity             how many can attend, when the source says
 * @param cancelled            called off: it stays on the agenda and in calendars, marked, until its end
 */
public record Event(Instant start, Instant end, boolean allDay, EventPlace place, String organiser,
                    String registrationUrl, Instant registrationDeadline, Integer capacity, boolean cancelled) {

    public Event {
        if (start == null) {
            throw new IllegalArgumentException("an event needs its start");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an event cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * When it is over for the agenda: its end, or the end of its last day (WIB) when no end was given, so that an
     * event of this morning is still listed this afternoon.
     */
    public Instant endsAt() {
        if (end != null) {
            return end;
        }
        LocalDate day = start.atZone(LibraryTime.ZONE).toLocalDate();
        return day.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant();
    }

    /** Whether it has ended at {@code now}. */
    public boolean isOver(Instant now) {
        return !endsAt().isAfter(now);
    }

    /** How long it lasts, as far as known. */
    public Duration length() {
        return Duration.between(start, endsAt());
    }

    /** The same event, called off. */
    public Event cancel() {
        return new Event(start, end, allDay, place, organiser, registrationUrl, registrationDeadline, capacity, true);
    }
}
