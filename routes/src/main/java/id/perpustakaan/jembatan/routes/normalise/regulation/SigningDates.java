package id.perpustakaan.jembatan.routes.normalise.regulation;

import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.dates.Precision;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a regulation was signed ("Ditetapkan di Sawahlunto pada tanggal 12 Maret 2024", "Disahkan di Jakarta
 * …", "Dikeluarkan di …") and promulgated ("Diundangkan di …"), wherever the lines stand: after the elucidation,
 * before a long annex, or in the middle of a converted PDF's run-on line.
 *
 * <p>A signing line names the place ("di Sawahlunto", or "di" alone where a conversion lost it) or goes straight to
 * "pada tanggal"; a sentence such as "mulai berlaku pada tanggal diundangkan" has no date after its verb.
 *
 * <p>The verbs are the anchors: dates are read only in the short window after each one, so a 200 KB statute costs
 * one pass of a literal-led pattern instead of every date form over the whole text. The first dated line of each
 * kind counts; an annex that repeats the signature repeats its dates, and a drafting example's placeholder ("pada
 * tanggal …") has no date to read.
 */
record SigningDates(LocalDate penetapan, LocalDate pengundangan) {

    static final SigningDates NONE = new SigningDates(null, null);

    private static final Pattern VERB = Pattern.compile(
            "(?i)\\b(?:(?<signed>ditetapkan|disahkan|dikeluarkan)|(?<promulgated>diundangkan))"
                    + "(?=[ \\t]+di\\b|\\s+pada\\s+tanggal\\b)");

    /**
     * What may stand between the verb and the date: "di" and the place (up to six words in all, or none),
     * "pada tanggal", colons of a form-like layout, and line breaks.
     */
    private static final Pattern GAP = Pattern.compile(
            "(?iU)[\\s:,]*(?:(?!pada\\b|tanggal\\b|tgl\\b)[\\p{L}.\\-]+[ \\t,:]*){0,6}[\\s:,]*(?:pada\\s+)?"
                    + "(?:tanggal|tgl\\.?)?[\\s:,]*");

    /** Enough for a place, "pada tanggal" and the longest written date. */
    private static final int WINDOW = 160;

    static SigningDates in(String text, ZonedDateTime reference) {
        if (text == null) {
            return NONE;
        }
        LocalDate penetapan = null;
        LocalDate pengundangan = null;
        Matcher verb = VERB.matcher(text);
        while ((penetapan == null || pengundangan == null) && verb.find()) {
            boolean promulgated = verb.group("promulgated") != null;
            if (promulgated ? pengundangan != null : penetapan != null) {
                continue;
            }
            LocalDate day = dateAfter(text, verb.end(), reference);
            if (promulgated) {
                pengundangan = day;
            } else {
                penetapan = day;
            }
        }
        return new SigningDates(penetapan, pengundangan);
    }

    private static LocalDate dateAfter(String text, int from, ZonedDateTime reference) {
        String window = OcrNoise.clean(text.substring(from, Math.min(text.length(), from + WINDOW)));
        for (DateMention mention : IndonesianDates.find(window, reference)) {
            Matcher gap = GAP.matcher(window).region(0, mention.start());
            boolean signingLine = gap.matches() && mention.precision() == Precision.DAY;
            return signingLine ? mention.value().withZoneSameInstant(LibraryTime.ZONE).toLocalDate() : null;
        }
        return null;
    }
}
