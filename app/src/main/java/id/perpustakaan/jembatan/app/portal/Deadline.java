package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Until when a document is valid, as a citizen counts it: by calendar days in WIB, so an announcement that closes at
 * the end of 31 January has "1 day left" all of 30 January, whatever the hour, and its last day on the 31st.
 *
 * @param day      the last day, in WIB
 * @param daysLeft days from today (WIB) to the last day: 0 on the last day, negative once it has passed
 * @param expired  the moment has passed (on its last day an announcement expires at the hour it names)
 */
record Deadline(LocalDate day, long daysLeft, boolean expired) {

    /** {@code null} for a document valid without an end. */
    static Deadline of(Instant validUntil, Clock clock) {
        if (validUntil == null) {
            return null;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LibraryTime.ZONE);
        LocalDate last = LocalDate.ofInstant(validUntil, LibraryTime.ZONE);
        return new Deadline(last, ChronoUnit.DAYS.between(today, last), validUntil.isBefore(now));
    }
}
