package id.perpustakaan.jembatan.routes.normalise.dates;

import static id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDatesTest.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date expressions inside announcement text: which ones, where, and what is left alone. */
class IndonesianDatesFindTest {

    @Test
    void findsEveryDateOfAnAnnouncementInReadingOrder() {
        String text = """
                PENGUMUMAN
                Nomor: 800/123/Disdik/2025
                Pendaftaran Lomba Bercerita tingkat SD dibuka mulai 3 Maret 2025 sampai dengan \
                Jumat, 28 Maret 2025 pukul 16.00 WIB. Pengumuman pemenang pada bulan April 2025.
                Padang, 27/02/2025
                """;

        assertThat(values(text)).containsExactly(
                "2025-03-03T00:00+07:00[Asia/Jakarta]",
                "2025-03-28T16:00+07:00[Asia/Jakarta]",
                "2025-04-01T00:00+07:00[Asia/Jakarta]",
                "2025-02-27T00:00+07:00[Asia/Jakarta]");
    }

    @Test
    void spansTheWholeExpressionWithItsWeekdayAndTime() {
        String text = "Rapat pada Senin, 3 Maret 2025 pukul 08.00 s.d. 12.00 WIB di aula.";
        String expression = "Senin, 3 Maret 2025 pukul 08.00 s.d. 12.00 WIB";

        assertThat(IndonesianDates.find(text, REFERENCE)).singleElement().satisfies(mention -> {
            assertThat(mention.start()).isEqualTo(text.indexOf(expression));
            assertThat(mention.end()).isEqualTo(text.indexOf(expression) + expression.length());
            assertThat(mention.value()).hasToString("2025-03-03T08:00+07:00[Asia/Jakarta]");
        });
    }

    @Test
    void leavesTheSentenceFullStopOutsideTheExpression() {
        String text = "Dibuka sampai 31 Maret.";

        assertThat(IndonesianDates.find(text, REFERENCE)).singleElement()
                .satisfies(mention -> assertThat(text.substring(mention.start(), mention.end())).isEqualTo("31 Maret"));
    }

    @Test
    void takesTheStartOfAnOpenEndedTime() {
        assertThat(values("Kegiatan 3 Maret 2025 pukul 08.00 sampai selesai"))
                .containsExactly("2025-03-03T08:00+07:00[Asia/Jakarta]");
    }

    @Test
    void readsMixedLanguagesAndRelativeWordsTogether() {
        assertThat(values("Posted March 3, 2025 (kemarin diperbarui), dibagikan 2 hari yang lalu"))
                .containsExactly(
                        "2025-03-03T00:00+07:00[Asia/Jakarta]",
                        "2025-03-09T00:00+07:00[Asia/Jakarta]",
                        "2025-03-08T00:00+07:00[Asia/Jakarta]");
    }

    @ParameterizedTest(name = "\"{0}\" holds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ditetapkan di Padang pada tanggal 3 Maret 2025            | 2025-03-03T00:00+07:00[Asia/Jakarta]
            "Padang, 3 Maret 2025"                                    | 2025-03-03T00:00+07:00[Asia/Jakarta]
            Surat No. 12/2024 tanggal 5/6/2024                        | 2024-06-05T00:00+07:00[Asia/Jakarta]
            "Hubungi 0812-3456-7890, paling lambat 3.3.2025"          | 2025-03-03T00:00+07:00[Asia/Jakarta]
            Diunggah 2025-03-03T10:00:00Z oleh admin                  | 2025-03-03T10:00Z
            Berlaku sejak 1 Januari 2025 (UU Nomor 11 Tahun 2020)     | 2025-01-01T00:00+07:00[Asia/Jakarta]
            Rekap Agt 2025 sudah terbit                               | 2025-08-01T00:00+07:00[Asia/Jakarta]
            "Webinar Rabu, 5 Maret 2025, jam 19:30 WITA via Zoom"     | 2025-03-05T19:30+08:00[Asia/Makassar]
            """)
    void findsTheOneDateInALine(String text, String expected) {
        assertThat(values(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "\"{0}\" holds no date")
    @ValueSource(strings = {
            "Pasal 3 ayat 2025",
            "Pasal 3 ayat (2) huruf a",
            "No. 12/2024",
            "Nomor: 12/03/2024",
            "SK Kepala Dinas No. 800/12/2025",
            "Surat 12/03/2024/SK tentang jadwal",
            "Hubungi 0812-3456-7890 atau (0751) 7051234",
            "Telp. +62 751 123 456, faks 0751-12-2025X",
            "Biaya pendaftaran Rp 3.500.000 per peserta",
            "ISBN 978-602-03-3055-1",
            "UU Nomor 11 Tahun 2020 tentang Cipta Kerja",
            "Versi 1.2.3 dan 10.20.30.40",
            "Kode pos 25131, RT 03/RW 05",
            "Ruang 3.12 lantai 2, kuota 2025 peserta",
            "Jadwal 31 Februari 2025 tidak ada",
            "Nilai 12.30.2025 tidak sah",
            "Sampai jumpa di Minggu depan",
            "Ada 3 jam pelajaran dan 2 hari libur"})
    void leavesNumbersThatAreNoDatesAlone(String text) {
        assertThat(IndonesianDates.find(text, REFERENCE)).isEmpty();
    }

    @Test
    void findsNothingInAnEmptyOrMissingText() {
        assertThat(IndonesianDates.find("", REFERENCE)).isEmpty();
        assertThat(IndonesianDates.find(null, REFERENCE)).isEmpty();
    }

    private static List<String> values(String text) {
        return IndonesianDates.find(text, REFERENCE).stream().map(mention -> mention.value().toString()).toList();
    }
}
