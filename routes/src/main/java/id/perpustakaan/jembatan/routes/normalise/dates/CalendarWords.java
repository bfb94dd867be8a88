package id.perpustakaan.jembatan.routes.normalise.dates;

import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The words writers here use for months, weekdays and time zones: Indonesian first, English because agencies mix. */
final class CalendarWords {

    private static final Map<String, Integer> FULL_MONTH_NAMES = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("february", 2),
            Map.entry("maret", 3), Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("july", 7),
            Map.entry("agustus", 8), Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("oktober", 10), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("december", 12));

    private static final Map<String, Integer> ABBREVIATED_MONTH_NAMES = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("agust", 8), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("des", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> MONTH_NAMES = merged(FULL_MONTH_NAMES, ABBREVIATED_MONTH_NAMES);

    private static final Map<String, ZoneId> ZONES = Map.of(
            "wib", LibraryTime.ZONE,
            "wita", ZoneId.of("Asia/Makassar"),
            "wit", ZoneId.of("Asia/Jayapura"));

    /** Any month word, longest first so that "Agustus" is never read as "Agu" followed by letters. */
    static final String MONTH = alternation(MONTH_NAMES.keySet());

    static final String WEEKDAY = "senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    /** WITA before WIT: the shorter would otherwise win and leave an "A" behind. */
    static final String ZONE = "wita|wit|wib";

    private CalendarWords() {
    }

    static int month(String word) {
        Integer month = MONTH_NAMES.get(key(word));
        if (month == null) {
            throw new IllegalArgumentException("'" + word + "' is not a month name");
        }
        return month;
    }

    /** Whether a whole word (in lower case) is a month's name or abbreviation. */
    static boolean isMonthName(String lowerCaseWord) {
        return MONTH_NAMES.containsKey(lowerCaseWord);
    }

    /** A bare "3 Jan" is too easily something else; a year-less date needs the month written out. */
    static boolean isFullMonthName(String word) {
        return FULL_MONTH_NAMES.containsKey(key(word));
    }

    static ZoneId zone(String abbreviation) {
        return abbreviation == null ? LibraryTime.ZONE : ZONES.get(key(abbreviation));
    }

    private static Map<String, Integer> merged(Map<String, Integer> full, Map<String, Integer> abbreviated) {
        Map<String, Integer> all = new HashMap<>(full);
        all.putAll(abbreviated);
        return Map.copyOf(all);
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String alternation(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
    }
}
