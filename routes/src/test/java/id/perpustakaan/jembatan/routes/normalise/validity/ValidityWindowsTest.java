package id.perpustakaan.jembatan.routes.normalise.validity;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.routes.normalise.dates.CrowdedTexts;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validity reads dates only where a deadline phrase or a range can make one count: its answer must be the one that
 * reading every date of the text gives, on texts built to crowd phrases, ranges and dates together and on the
 * corpus's regulations.
 */
class ValidityWindowsTest {

    private static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2025-03-10T09:30+07:00[Asia/Jakarta]");

    private static final List<String> PIECES = List.of("Pendaftaran dibuka", "paling lambat", "berlaku sampai dengan",
            "Batas akhir pendaftaran:", "sampai", "s.d.", "–", " - ", "hingga akhir", "selambat-lambatnya",
            "ditutup pada", "berakhir", "tenggat waktu", "rapat dilaksanakan pada", "Ditetapkan di Sawahlunto pada"
                    + " tanggal", "Nomor 12 Tahun 2024", "anak-anak", "pukul 08.00 s.d. 12.00 WIB", ".", ";", "\n\n",
            "3 Maret 2025", "Senin, 31 Maret 2025 pukul 10.00 WIB", "1", "14", "14 April 2025", "Maret 2025",
            "2025-03-03", "03/04/2025", "kemarin", "2 hari yang lalu", "besok", "tanggal", "hari", "Jumat,",
            "warga kota Sawahlunto diminta membawa berkas lengkap ke kantor kelurahan",
            "informasi lebih lanjut hubungi nomor telepon 0754 61234", "tahun anggaran 2025");

    @Test
    void answersAsReadingEveryDateDoesOnCrowdedTexts() {
        CrowdedTexts.of(PIECES, 20251204L, 3_000).forEach(text -> assertSameAsReadingEveryDate(text));
    }

    @Test
    void answersAsReadingEveryDateDoesOnTheCorpusRegulations() throws Exception {
        for (String text : CrowdedTexts.corpusRegulations()) {
                assertSameAsReadingEveryDate(text);
        }
    }

    private static void assertSameAsReadingEveryDate(String text) {
        assertThat(Validity.validUntil(text, REFERENCE)).as("valid until, in '%s'", text)
                .isEqualTo(Validity.validUntil(text, IndonesianDates.find(text, REFERENCE)));
    }
}
