package id.perpustakaan.jembatan.routes.normalise.dates;

import static id.perpustakaan.jembatan.routes.normalise.dates.DateForm.END;
import static id.perpustakaan.jembatan.routes.normalise.dates.DateForm.START;

import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** Dates written on the calendar: with month names, day-first numbers, ISO 8601, or a month and year alone. */
final class AbsoluteForms {

    private static final String WEEKDAY_PREFIX =
            "(?:(?:hari\\s+)?(?:" + CalendarWords.WEEKDAY + ")\\s*,?\\s*)?";

    private static final String DATE_WORD = "(?:(?:tanggal|tgl\\.?)\\s*)?";

    /** An abbreviation may end in a dot ("3 Agt. 2025"); a sentence's full stop after a month is left alone. */
    private static final String MONTH_NAME =
            "(?<month>" + CalendarWords.MONTH + ")" + END + "(?:\\.(?=\\s*\\d))?";

    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** "Senin, 3 Maret 2025 pukul 10.00 WIB", "tanggal 3 bulan Maret tahun 2025", "3 March 2025", "3 Maret". */
    private static final DateForm DAY_MONTH_NAME_YEAR = DateForm.of(
            START + WEEKDAY_PREFIX + DATE_WORD + "(?<day>\\d{1,2})" + ORDINAL + "(?:\\s*-\\s*|\\s+)(?:bulan\\s+)?"
                    + MONTH_NAME + "(?:(?:\\s*[-,]\\s*|\\s+)(?:tahun\\s+)?(?<year>\\d{4})(?!\\d))?"
                    + ClockTime.AFTER_DATE,
            AbsoluteForms::readDayMonthNameYear);

    /** "March 3, 2025", "Monday, March 3rd 2025". */
    private static final DateForm MONTH_NAME_DAY_YEAR = DateForm.of(
            START + WEEKDAY_PREFIX + MONTH_NAME + "\\s+(?<day>\\d{1,2})" + ORDINAL + END
                    + ",?\\s*(?<year>\\d{4})(?!\\d)" + ClockTime.AFTER_DATE,
            AbsoluteForms::readWithYear);

    /**
     * "03/03/2025", "3-3-2025", "3.3.2025": day first, one separator throughout. Not when it is part of a longer
     * run of numbers (ISBNs, phone numbers, "12/03/2024/SK") or a letter number ("No. 12/03/2024").
     */
    private static final DateForm DAY_MONTH_YEAR_NUMBERS = DateForm.of(
            "(?<![\\p{L}\\p{N}]|\\p{N}[/.-]|(?:no|nomor)\\.?\\s{0,3}:?\\s{0,3})"
                    + WEEKDAY_PREFIX + DATE_WORD
                    + "(?<day>\\d{1,2})(?<separator>[/.-])(?<month>\\d{1,2})\\k<separator>(?<year>\\d{4})"
                    + "(?![\\p{L}\\p{N}]|[/.-][\\p{L}\\p{N}])" + ClockTime.AFTER_DATE,
            AbsoluteForms::readNumbers);

    /** "2025-03-03", "2025-03-03T10:00:00+07:00", "2025-03-03T03:00:00Z", "2025-03-03 10:00 WIB". */
    private static final DateForm ISO = DateForm.of(
            START + "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
                    + "(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(?:(?<offset>Z|[+-]\\d{2}:?\\d{2})|\\s*(?<zone>" + CalendarWords.ZONE + "))?)?" + END,
            AbsoluteForms::readIso);

    /** "Maret 2025", "bulan Maret tahun 2025", "Agt 2025". */
    private static final DateForm MONTH_YEAR = DateForm.of(
            START + "(?:bulan\\s+)?" + MONTH_NAME + "(?:\\s*[-,]\\s*|\\s+)(?:tahun\\s+)?(?<year>\\d{4})" + END,
            AbsoluteForms::readMonthYear);

    static final List<DateForm> ALL =
            List.of(DAY_MONTH_NAME_YEAR, MONTH_NAME_DAY_YEAR, DAY_MONTH_YEAR_NUMBERS, ISO, MONTH_YEAR);

    /** The forms that cannot be written without a month's name. */
    static final List<DateForm> WITH_MONTH_NAMES = List.of(DAY_MONTH_NAME_YEAR, MONTH_NAME_DAY_YEAR, MONTH_YEAR);

    /** The forms that cannot be written without a year of four digits. */
    static final List<DateForm> NUMERIC = List.of(DAY_MONTH_YEAR_NUMBERS, ISO);

    private AbsoluteForms() {
    }

    private static Optional<DateMention> readDayMonthNameYear(Matcher match, ZonedDateTime reference) {
        if (match.group("year") != null) {
            return readWithYear(match, reference);
        }
        if (!CalendarWords.isFullMonthName(match.group("month"))) {
            return Optional.empty();
        }
        return nearestYear(number(match, "day"), CalendarWords.month(match.group("month")), reference.toLocalDate())
                .flatMap(date -> onDay(match, date, CalendarWords.zone(match.group("zone"))));
    }

    private static Optional<DateMention> readWithYear(Matcher match, ZonedDateTime reference) {
        return date(number(match, "year"), CalendarWords.month(match.group("month")), number(match, "day"))
                .flatMap(date -> onDay(match, date, CalendarWords.zone(match.group("zone"))));
    }

    private static Optional<DateMention> readNumbers(Matcher match, ZonedDateTime reference) {
        return date(number(match, "year"), number(match, "month"), number(match, "day"))
                .flatMap(date -> onDay(match, date, CalendarWords.zone(match.group("zone"))));
    }

    private static Optional<DateMention> readIso(Matcher match, ZonedDateTime reference) {
        Optional<LocalDate> date = date(number(match, "year"), number(match, "month"), number(match, "day"));
        if (date.isEmpty() || match.group("hour") == null) {
            return date.map(day -> dayOnly(match, day, LibraryTime.ZONE));
        }
        String offset = match.group("offset");
        ZoneId zone = offset != null
                ? ZoneOffset.of(offset.toUpperCase(Locale.ROOT))
                : CalendarWords.zone(match.group("zone"));
        return ClockTime.of(match.group("hour"), match.group("minute"), match.group("second"), null)
                .map(time -> new DateMention(time.on(date.get(), zone), Precision.DAY, true,
                        match.start(), match.end()));
    }

    private static Optional<DateMention> readMonthYear(Matcher match, ZonedDateTime reference) {
        LocalDate first = LocalDate.of(number(match, "year"), CalendarWords.month(match.group("month")), 1);
        return Optional.of(new DateMention(first.atStartOfDay(LibraryTime.ZONE), Precision.MONTH, false,
                match.start(), match.end()));
    }

    /** The date with the time the text gives after it, if any; empty when that time is impossible. */
    private static Optional<DateMention> onDay(Matcher match, LocalDate date, ZoneId zone) {
        if (match.group("hour") == null) {
            return Optional.of(dayOnly(match, date, zone));
        }
        return ClockTime.of(match.group("hour"), match.group("minute"), match.group("second"), match.group("part"))
                .map(time -> new DateMention(time.on(date, zone), Precision.DAY, true, match.start(), match.end()));
    }

    private static DateMention dayOnly(Matcher match, LocalDate date, ZoneId zone) {
        return new DateMention(date.atStartOfDay(zone), Precision.DAY, false, match.start(), match.end());
    }

    /** Empty rather than rolled over: "31 Februari" is a typo, not 3 March. */
    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** "sampai 5 Januari" written in late December means the coming January: take the year nearest the reference. */
    private static Optional<LocalDate> nearestYear(int day, int month, LocalDate reference) {
        return Stream.of(reference.getYear() - 1, reference.getYear(), reference.getYear() + 1)
                .flatMap(year -> date(year, month, day).stream())
                .min(Comparator.comparingLong(date -> Math.abs(ChronoUnit.DAYS.between(reference, date))));
    }

    private static int number(Matcher match, String group) {
        return Integer.parseInt(match.group(group));
    }
}
