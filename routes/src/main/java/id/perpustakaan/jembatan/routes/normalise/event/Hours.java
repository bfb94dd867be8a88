package id.perpustakaan.jembatan.routes.normalise.event;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours of an event as written: "pukul 08.00 s.d. 12.00 WIB", "13.30 – selesai", "08:00-11:00".
 *
 * @param from when it starts
 * @param to   when it ends, or null ("s.d. selesai", or no end written)
 */
public record Hours(LocalTime from, LocalTime to) {

    /** A time of day with what may end a range; never a date's numbers ("12.03.2026"). */
    static final Pattern HOURS = Pattern.compile("(?iu)(?:pukul|pkl\\.?|jam|waktu\\s*:)?\\s*"
            + "(?<![\\d.:/])(\\d{1,2})[.:](\\d{2})(?![.:/]?\\d)"
            + "(?:\\s*(?:wib)?\\s*(?:-|–|—|s\\.\\s?d\\.?|s/d|sampai(?:\\s+dengan)?|hingga)\\s*"
            + "(?:pukul\\s*)?(?:(\\d{1,2})[.:](\\d{2})(?![.:/]?\\d)|selesai))?");

    /** The first hours written in the text. */
    public static Optional<Hours> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher hours = HOURS.matcher(text);
        while (hours.find()) {
            LocalTime from = time(hours.group(1), hours.group(2));
            if (from != null) {
                LocalTime to = hours.group(3) == null ? null : time(hours.group(3), hours.group(4));
                return Optional.of(new Hours(from, to != null && to.isAfter(from) ? to : null));
            }
        }
        return Optional.empty();
    }

    private static LocalTime time(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int m = Integer.parseInt(minute);
        return h > 23 || m > 59 ? null : LocalTime.of(h, m);
    }
}
