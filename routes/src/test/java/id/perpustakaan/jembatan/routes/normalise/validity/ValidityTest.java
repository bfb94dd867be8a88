package id.perpustakaan.jembatan.routes.normalise.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Until when announcements are valid, from the way agencies write their deadlines. */
class ValidityTest {

    /** Monday 10 March 2025 in Padang. */
    private static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2025-03-10T09:30+07:00[Asia/Jakarta]");

    @ParameterizedTest(name = "\"{0}\" is valid until {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Pengumuman ini berlaku sampai dengan 30 Juni 2025.                                 | 2025-06-30T23:59:59+07:00
            Kartu anggota sementara berlaku hingga 31/12/2025.                                 | 2025-12-31T23:59:59+07:00
            "Batas akhir pendaftaran: Jumat, 28 Maret 2025 pukul 16.00 WIB."                   | 2025-03-28T16:00:00+07:00
            Berkas dikirim paling lambat tanggal 15 April 2025 pukul 23.59 WITA.               | 2025-04-15T23:59:00+08:00
            Laporan diserahkan selambat-lambatnya 20 Mei 2025 ke sekretariat.                   | 2025-05-20T23:59:59+07:00
            Pendaftaran dibuka 1 Maret 2025 sampai 31 Maret 2025.                              | 2025-03-31T23:59:59+07:00
            Pendaftaran dibuka mulai 3 Maret s.d. 14 Maret 2025 di perpustakaan.                | 2025-03-14T23:59:59+07:00
            Pengumpulan karya 3/3/2025 s/d 17/3/2025.                                          | 2025-03-17T23:59:59+07:00
            Peminjaman buku paket dapat dilakukan sampai tanggal 21 Maret 2025.                | 2025-03-21T23:59:59+07:00
            Pendaftaran ditutup pada Senin, 24 Maret 2025 pukul 12.00 WIB.                     | 2025-03-24T12:00:00+07:00
            Diskon keanggotaan berlaku hingga Desember 2025.                                   | 2025-12-31T23:59:59+07:00
            Layanan keliling dibuka hingga akhir April 2025.                                   | 2025-04-30T23:59:59+07:00
            Pameran buku 1–5 Maret 2025 di aula utama.                                         | 2025-03-05T23:59:59+07:00
            Pekan literasi 10 Maret 2025 – 14 Maret 2025.                                      | 2025-03-14T23:59:59+07:00
            Formulir diterima paling lambat 31 Maret 2025 pukul 24.00 WIB.                     | 2025-04-01T00:00:00+07:00
            "Batas waktu pengumpulan berkas lamaran adalah hari Kamis, 20 Maret 2025."         | 2025-03-20T23:59:59+07:00
            Voucher berlaku s.d. 2025-04-30T17:00:00+07:00                                     | 2025-04-30T17:00:00+07:00
            Pendaftaran ulang dibuka hingga hari ini.                                   | 2025-03-10T23:59:59+07:00
            """)
    void readsTheDeadline(String text, String expected) {
        assertThat(Validity.validUntil(text, REFERENCE)).hasValue(Instant.from(ZonedDateTime.parse(expected)));
    }

    @Test
    void takesTheLatestOfSeveralDeadlines() {
        String text = """
                PENGUMUMAN SELEKSI DUTA BACA KOTA PADANG 2025
                Pendaftaran dibuka 3 Maret 2025 sampai dengan 14 Maret 2025.
                Pengumpulan video paling lambat 21 Maret 2025 pukul 16.00 WIB.
                Seleksi wawancara dilaksanakan Senin, 7 April 2025 pukul 08.00 s.d. 12.00 WIB.
                Padang, 27 Februari 2025
                Kepala Dinas Perpustakaan dan Kearsipan
                """;

        assertThat(Validity.validUntil(text, REFERENCE))
                .hasValue(Instant.from(ZonedDateTime.parse("2025-03-21T16:00:00+07:00")));
    }

    @Test
    void endsADateOnlyDeadlineAtTheLastSecondOfItsDayInItsOwnZone() {
        assertThat(Validity.validUntil("Berlaku sampai 2025-03-31", REFERENCE))
                .hasValue(Instant.parse("2025-03-31T16:59:59Z"));
    }

    @ParameterizedTest(name = "\"{0}\" has no deadline")
    @ValueSource(strings = {
            "Rapat koordinasi dilaksanakan pada Senin, 3 Maret 2025 pukul 08.00 s.d. 12.00 WIB di aula.",
            "Peraturan ini berlaku mulai tanggal 1 Januari 2025. Ditetapkan di Padang, 27 Desember 2024.",
            "Perpustakaan tutup pada 31 Maret 2025 dalam rangka Hari Raya Idulfitri.",
            "Sampai jumpa di acara bedah buku pada 3 Maret 2025!",
            "Koleksi baru ditambahkan 2 hari yang lalu, diperbarui 2025-03-09.",
            "Batas akhir pendaftaran akan diumumkan kemudian. Kegiatan direncanakan 20 Maret 2025.",
            "Jam layanan Senin sampai Jumat pukul 08.00 hingga 16.00 WIB.",
            "Tidak ada tanggal di sini sama sekali.",
            ""})
    void findsNoDeadlineWhereNoPhraseEndsADate(String text) {
        assertThat(Validity.validUntil(text, REFERENCE)).isEmpty();
    }

    @Test
    void findsNothingInAMissingText() {
        assertThat(Validity.validUntil(null, REFERENCE)).isEmpty();
    }
}
