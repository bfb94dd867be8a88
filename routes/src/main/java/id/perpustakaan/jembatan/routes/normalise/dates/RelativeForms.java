package id.perpustakaan.jembatan.routes.normalise.dates;

import static id.perpustakaan.jembatan.routes.normalise.dates.DateForm.END;
import static id.perpustakaan.jembatan.routes.normalise.dates.DateForm.START;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates counted from the moment of writing: "2 hari yang lalu", "seminggu lalu", "kemarin", "hari ini". The
 * reference's own zone decides which day "hari ini" is, so callers pass it in the zone the text was written in.
 */
final class RelativeForms {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("se", 1), Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3),
            Map.entry("empat", 4), Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7),
            Map.entry("delapan", 8), Map.entry("sembilan", 9), Map.entry("sepuluh", 10));

    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "detik", ChronoUnit.SECONDS,
            "menit", ChronoUnit.MINUTES,
            "jam", ChronoUnit.HOURS,
            "hari", ChronoUnit.DAYS,
            "minggu", ChronoUnit.WEEKS,
            "pekan", ChronoUnit.WEEKS,
            "bulan", ChronoUnit.MONTHS,
            "tahun", ChronoUnit.YEARS);

    private static final Map<String, Integer> DAYS_FROM_TODAY = Map.of(
            "kemarin lusa", -2, "kemarin", -1, "hari ini", 0, "besok", 1, "lusa", 2);

    /** "3 hari yang lalu", "seminggu lalu", "dua bulan yang lalu". */
    static final DateForm AGO = DateForm.of(
            START + "(?<amount>\\d{1,3}|sepuluh|sembilan|delapan|tujuh|enam|lima|empat|tiga|dua|satu|se)\\s*"
                    + "(?<unit>" + String.join("|", UNITS.keySet()) + ")\\s+(?:yang\\s+)?lalu" + END,
            RelativeForms::readAgo);

    static final DateForm DAY_WORD = DateForm.of(
            START + "(?<word>kemarin\\s+lusa|kemarin|hari\\s+ini|besok|lusa)" + END,
            RelativeForms::readDayWord);

    static final List<DateForm> ALL = List.of(AGO, DAY_WORD);

    private RelativeForms() {
    }

    private static Optional<DateMention> readAgo(Matcher match, ZonedDateTime reference) {
        String amount = match.group("amount").toLowerCase(Locale.ROOT);
        int count = NUMBER_WORDS.getOrDefault(amount, -1);
        if (count < 0) {
            count = Integer.parseInt(amount);
        }
        ChronoUnit unit = UNITS.get(match.group("unit").toLowerCase(Locale.ROOT));
        if (unit.isTimeBased()) {
            // "3 jam yang lalu" is as precise as the writer's clock, never finer than a minute unless in seconds
            ChronoUnit grain = unit == ChronoUnit.SECONDS ? ChronoUnit.SECONDS : ChronoUnit.MINUTES;
            return Optional.of(new DateMention(reference.minus(count, unit).truncatedTo(grain), Precision.DAY, true,
                    match.start(), match.end()));
        }
        return Optional.of(new DateMention(reference.toLocalDate().minus(count, unit).atStartOfDay(reference.getZone()),
                Precision.DAY, false, match.start(), match.end()));
    }

    private static Optional<DateMention> readDayWord(Matcher match, ZonedDateTime reference) {
        String word = match.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.of(new DateMention(
                reference.toLocalDate().plusDays(DAYS_FROM_TODAY.get(word)).atStartOfDay(reference.getZone()),
                Precision.DAY, false, match.start(), match.end()));
    }
}
