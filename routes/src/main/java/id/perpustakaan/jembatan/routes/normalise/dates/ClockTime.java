package id.perpustakaan.jembatan.routes.normalise.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/** A time of day as written after a date: "pukul 10.00 WIB", "jam 10:00", "10.00", "jam 3 sore". */
record ClockTime(int hour, int minute, int second) {

    /**
     * What may follow a date, with the groups {@code hour}, {@code minute}, {@code second}, {@code part} (pagi,
     * sore…) and {@code zone}. A bare number only counts as a time when it has minutes, so "2025 10" stays apart.
     * The end of a range ("08.00 s.d. 12.00") is consumed but not kept: the event starts at the first time.
     */
    static final String AFTER_DATE = "(?:"
            + "(?:\\s*,?\\s*(?:pada\\s+)?(?:pukul|pkl\\.?|jam)\\s*|\\s*,?\\s+(?=\\d{1,2}[.:]\\d{2}))"
            + "(?<hour>\\d{1,2})(?:[.:](?<minute>\\d{2})(?:[.:](?<second>\\d{2}))?)?(?!\\d)"
            + "(?:\\s*(?:s\\.\\s?d\\.?|s/d|sampai(?:\\s+dengan)?|hingga|[-–—])\\s*(?:pukul\\s*)?"
            + "\\d{1,2}[.:]\\d{2}(?![.:/]?\\d))?"
            + "(?:\\s+(?<part>pagi|siang|sore|malam)(?![\\p{L}\\p{N}]))?"
            + "(?:\\s*(?<zone>" + CalendarWords.ZONE + ")(?![\\p{L}\\p{N}]))?"
            + ")?";

    /** Empty when the numbers are no time of day; "24.00" is accepted because deadlines are written that way. */
    static Optional<ClockTime> of(String hour, String minute, String second, String partOfDay) {
        int h = Integer.parseInt(hour);
        int m = minute == null ? 0 : Integer.parseInt(minute);
        int s = second == null ? 0 : Integer.parseInt(second);
        if (partOfDay != null) {
            h = onTwentyFourHourClock(h, partOfDay.toLowerCase(Locale.ROOT));
        }
        boolean midnightAtEnd = h == 24 && m == 0 && s == 0;
        if ((h > 23 && !midnightAtEnd) || m > 59 || s > 59) {
            return Optional.empty();
        }
        return Optional.of(new ClockTime(h, m, s));
    }

    ZonedDateTime on(LocalDate date, ZoneId zone) {
        if (hour == 24) {
            return date.plusDays(1).atStartOfDay(zone);
        }
        return ZonedDateTime.of(date, LocalTime.of(hour, minute, second), zone);
    }

    /** "jam 3 sore" is 15:00, "jam 1 siang" 13:00, and "jam 12 malam" the midnight that ends the day. */
    private static int onTwentyFourHourClock(int hour, String partOfDay) {
        return switch (partOfDay) {
            case "siang" -> hour >= 1 && hour <= 5 ? hour + 12 : hour;
            case "sore", "malam" -> hour >= 1 && hour <= 12 ? hour + 12 : hour;
            default -> hour;
        };
    }
}
