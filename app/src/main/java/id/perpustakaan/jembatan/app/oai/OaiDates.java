package id.perpustakaan.jembatan.app.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * OAI-PMH's two datestamp granularities, {@code YYYY-MM-DD} and {@code YYYY-MM-DDThh:mm:ssZ} (this repository's),
 * as bounds of a selection: both inclusive, so {@code until} reaches the end of its day or second.
 */
final class OaiDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    /** A bound as asked, and whether it was a day (rather than a second). */
    record Bound(Instant instant, boolean day) {
    }

    private OaiDates() {
    }

    static Bound from(String text) throws OaiError {
        return parse(text, false);
    }

    static Bound until(String text) throws OaiError {
        return parse(text, true);
    }

    /** A datestamp as this repository writes it: UTC, to the second. */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Bound parse(String text, boolean end) throws OaiError {
        try {
            if (DAY.matcher(text).matches()) {
                Instant start = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Bound(end ? start.plus(1, ChronoUnit.DAYS).minusMillis(1) : start, true);
            }
            if (SECOND.matcher(text).matches()) {
                Instant second = Instant.parse(text);
                return new Bound(end ? second.plusMillis(999) : second, false);
            }
        } catch (DateTimeParseException e) {
            // a well-shaped date that does not exist (2025-02-30): as wrong as any other
        }
        throw new OaiError(OaiError.Code.badArgument, "'" + text + "' is not a date: write YYYY-MM-DD or"
                + " YYYY-MM-DDThh:mm:ssZ (UTC)");
    }
}
