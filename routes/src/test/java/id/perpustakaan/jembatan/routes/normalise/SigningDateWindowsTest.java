package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.routes.normalise.dates.CrowdedTexts;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The date of signing is read only where the words of a signature stand: the answer must be the one that reading
 * every date of the text gives, on texts crowded with signatures, places, line breaks and dates, and on the
 * corpus's regulations.
 */
class SigningDateWindowsTest {

    private static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2025-03-10T09:30+07:00[Asia/Jakarta]");

    /** The words of a signature as first written, before the places where they can stand were looked up first. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)(pada tanggal|ditetapkan di [\\p{L} ]{2,30},?|diundangkan di [\\p{L} ]{2,30},?"
                    + "|\\n[\\p{Lu}][\\p{L} ]{2,30},)\\s*$");

    private static final List<String> PIECES = List.of("Ditetapkan di Sawahlunto", "ditetapkan di", "Diundangkan di "
            + "Jakarta", "pada tanggal", "PADA TANGGAL", "\n", "\n\n", "Sawahlunto,", "Kota Sawahlunto,", "sawahlunto,",
            "WALI KOTA SAWAHLUNTO,", ",", ".", "3 Maret 2025", "Senin, 31 Maret 2025 pukul 10.00 WIB", "1", "14",
            "12 Februari 2024", "Maret 2025", "2025-03-03", "03/04/2025", "kemarin", "2 hari yang lalu", "tanggal",
            "Nomor 12 Tahun 2024", "warga kota diminta membawa berkas lengkap ke kantor kelurahan", "ttd.",
            "Kepala Dinas Pendidikan", "paling lambat", "s.d.", "–", "İstanbul,", "ﬁnal,");

    @Test
    void answersAsReadingEveryDateDoesOnCrowdedTexts() {
        CrowdedTexts.of(PIECES, 20261204L, 3_000).forEach(text -> assertSameAsReadingEveryDate(text));
    }

    @Test
    void answersAsReadingEveryDateDoesOnTheCorpusRegulations() throws Exception {
        for (String text : CrowdedTexts.corpusRegulations()) {
                assertSameAsReadingEveryDate(text.substring(Math.max(0, text.length() - 4_000)));
                assertSameAsReadingEveryDate(text.substring(0, Math.min(text.length(), 4_000)));
        }
    }

    private static void assertSameAsReadingEveryDate(String text) {
        assertThat(DatesStep.signingDate(text, REFERENCE)).as("signed, in '%s'", text)
                .isEqualTo(readingEveryDate(text));
    }

    private static Instant readingEveryDate(String text) {
        for (DateMention mention : IndonesianDates.find(text, REFERENCE)) {
            String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
            if (SIGNED.matcher(before).find()) {
                return mention.value().toInstant();
            }
        }
        return null;
    }
}
