package id.perpustakaan.jembatan.routes.normalise.dates;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One date expression found in a text.
 *
 * @param value     the moment it names; a date without a time is the start of that day (or month) in its zone
 * @param precision how much of the calendar the text pinned down
 * @param hasTime   whether the text gave a time of day
 * @param start     offset of the first character of the expression in the scanned text
 * @param end       offset just after its last character
 */
public record DateMention(ZonedDateTime value, Precision precision, boolean hasTime, int start, int end) {

    public DateMention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("date mention spans [" + start + ", " + end + "): not a text range");
        }
    }
}
