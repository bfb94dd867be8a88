package id.perpustakaan.jembatan.routes.normalise.validity;

import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.dates.Precision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * Until when an announcement is valid: the latest date that a deadline phrase ("berlaku sampai dengan", "batas akhir
 * pendaftaran", "paling lambat"…, listed in {@link DeadlinePhrases}) puts an end to. Dates that no such phrase
 * introduces, such as the day of a meeting or of signing, say nothing about validity.
 */
public final class Validity {

    private static final LocalTime LAST_SECOND_OF_DAY = LocalTime.of(23, 59, 59);

    private Validity() {
    }

    /** Empty when the text names no deadline; relative dates ("hari ini") count from the reference. */
    public static Optional<Instant> validUntil(String text, ZonedDateTime reference) {
        Objects.requireNonNull(reference, "reference");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Instant latest = null;
        DateMention previous = null;
        for (DateMention mention : IndonesianDates.find(text, reference)) {
            if (DeadlinePhrases.endsAPeriod(text, previous, mention)) {
                Instant end = lastMoment(mention);
                latest = latest == null || end.isAfter(latest) ? end : latest;
            }
            previous = mention;
        }
        return Optional.ofNullable(latest);
    }

    /** "sampai 31 Maret" includes the 31st: a deadline without a time lasts to the end of its day, or month. */
    private static Instant lastMoment(DateMention mention) {
        if (mention.hasTime()) {
            return mention.value().toInstant();
        }
        LocalDate lastDay = mention.precision() == Precision.MONTH
                ? mention.value().toLocalDate().with(TemporalAdjusters.lastDayOfMonth())
                : mention.value().toLocalDate();
        return lastDay.atTime(LAST_SECOND_OF_DAY).atZone(mention.value().getZone()).toInstant();
    }
}
