package id.perpustakaan.jembatan.routes.normalise.validity;

import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.dates.Precision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
        // reading dates costs far more than finding the phrases: only where a phrase or a range can make one count
        return validUntil(text, IndonesianDates.findStartingIn(text, reference,
                DeadlinePhrases.whereDeadlinesCanStand(text)));
    }

    /** The answer from the dates found in the text, in reading order. */
    static Optional<Instant> validUntil(String text, List<DateMention> mentions) {
        Instant latestDeadline = null;
        Instant latestRangeEnd = null;
        DateMention previous = null;
        for (DateMention mention : mentions) {
            if (DeadlinePhrases.followsAPhrase(text, previous, mention)) {
                latestDeadline = later(latestDeadline, lastMoment(mention));
            } else if (DeadlinePhrases.endsARange(text, previous, mention)) {
                latestRangeEnd = later(latestRangeEnd, lastMoment(mention));
            }
            previous = mention;
        }
        // a deadline the text names ("paling lambat 31 Maret") says more than the dates of a schedule table
        // ("Seleksi berkas 1–7 April"); a range alone ("Pameran buku 1–5 Maret") is the end of an event
        return Optional.ofNullable(latestDeadline != null ? latestDeadline : latestRangeEnd);
    }

    private static Instant later(Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
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
