package id.perpustakaan.jembatan.connectors.jdihn;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates JDIH sites write in their feeds: "2024-03-12" (what the format prescribes), "2024-03-12 10:22:01",
 * "12-03-2024" and "12/03/2024", "12 Mar 2024" and "12 Maret 2024". Placeholders ("0000-00-00", a year alone) and
 * impossible days are no date: a record is still worth reading without one.
 */
final class JdihnDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})"
            + "(?::(\\d{2}))?)?.*");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(?U)(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("peb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("agu", 8),
            Map.entry("agt", 8), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("nop", 11), Map.entry("des", 12),
            Map.entry("dec", 12));

    private JdihnDates() {
    }

    static LocalDate day(String text) {
        LocalDateTime moment = moment(text);
        return moment == null ? null : moment.toLocalDate();
    }

    static LocalDateTime moment(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                LocalDate day = LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
                return iso.group(4) == null ? day.atStartOfDay() : day.atTime(LocalTime.of(number(iso, 4),
                        number(iso, 5), iso.group(6) == null ? 0 : number(iso, 6)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1)).atStartOfDay();
            }
            Matcher words = WORDS.matcher(value);
            if (words.matches()) {
                String month = words.group(2).toLowerCase(Locale.ROOT);
                Integer number = month.length() < 3 ? null : MONTHS.get(month.substring(0, 3));
                return number == null ? null
                        : LocalDate.of(number(words, 3), number, number(words, 1)).atStartOfDay();
            }
        } catch (DateTimeException e) {
            // "0000-00-00", the 31st of February: no date
        }
        return null;
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
