package id.perpustakaan.jembatan.routes.normalise.kind;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindRulesTest {

    @ParameterizedTest(name = "''{0}'' from a {1} source → {2} by {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # regulation headers
            Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan   | NEWS      | REGULATION   | title:regulation-header
            Perda Kota Sawahlunto Nomor 3 Tahun 2019                                 | OTHER     | REGULATION   | title:regulation-header
            UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 43 TAHUN 2007                     | OTHER     | REGULATION   | title:regulation-header
            Keputusan Wali Kota Sawahlunto Nomor 188.45/12/WAKO-SWL/2024             | OTHER     | REGULATION   | title:regulation-header
            Surat Edaran Nomor 800/123/Disdik/2024 tentang Gerakan Literasi          | NEWS      | REGULATION   | title:regulation-header
            # a regulation about a programme is a regulation: its header outranks the words of its subject
            Peraturan Wali Kota Nomor 5 Tahun 2024 tentang Pemberian Beasiswa        | NEWS      | REGULATION   | title:regulation-header
            Perbup Nomor 9 Tahun 2022 tentang Tata Cara Pendaftaran Penerima Bantuan | NEWS      | REGULATION   | title:regulation-header
            # announcements
            Pengumuman Libur Nasional                                                | NEWS      | ANNOUNCEMENT | title:pengumuman
            UNDANGAN Rapat Koordinasi Pustakawan                                     | OTHER     | ANNOUNCEMENT | title:undangan
            Pemberitahuan Penutupan Layanan                                          | OTHER     | ANNOUNCEMENT | title:pemberitahuan
            Maklumat Pelayanan Dinas Kearsipan                                       | OTHER     | ANNOUNCEMENT | title:maklumat
            Lowongan Tenaga Pustakawan 2025                                          | OTHER     | ANNOUNCEMENT | title:lowongan
            Hasil Seleksi Duta Baca                                                  | OTHER     | ANNOUNCEMENT | title:seleksi
            # announcement words beat programme words wherever they stand in the title (see KindRules.RULES)
            Pengumuman Pendaftaran Beasiswa                                          | PROGRAMME | ANNOUNCEMENT | title:pengumuman
            Beasiswa Prestasi: Pendaftaran Dibuka                                    | PROGRAMME | ANNOUNCEMENT | title:pendaftaran
            # programmes
            Program Sawahlunto Gemar Membaca                                         | NEWS      | PROGRAMME    | title:program
            Penyaluran BLT Dana Desa Tahap II                                        | NEWS      | PROGRAMME    | title:blt
            Bantuan Sosial PKH 2025                                                  | OTHER     | PROGRAMME    | title:bantuan
            KIP Kuliah untuk Mahasiswa Baru                                          | OTHER     | PROGRAMME    | title:kip
            Pelatihan Literasi Digital bagi Guru                                     | OTHER     | PROGRAMME    | title:pelatihan
            Subsidi Ongkos Angkut Buku                                               | OTHER     | PROGRAMME    | title:subsidi
            # programme words beat news words
            Berita: Bantuan Beras untuk 500 Keluarga                                 | OTHER     | PROGRAMME    | title:bantuan
            # news
            Berita Perpustakaan Keliling Pekan Ini                                   | OTHER     | NEWS         | title:berita
            Siaran Pers Hari Kunjung Perpustakaan                                    | OTHER     | NEWS         | title:siaran pers
            Liputan Festival Literasi                                                | OTHER     | NEWS         | title:liputan
            # whole words only, and no minutes or gazettes taken for news
            Kursus Programmer Muda                                                   | NEWS      | NEWS         | source-default
            Sosialisasi Peraturan Perundang-undangan                                 | OTHER     | OTHER        | source-default
            Berita Acara Serah Terima Koleksi                                        | OTHER     | OTHER        | source-default
            # nothing applies: the source's default, or OTHER when the source has none
            Jadwal Posyandu Mei                                                      | PROGRAMME | PROGRAMME    | source-default
            Rapat Koordinasi                                                         | -         | OTHER        | source-default
            """)
    void classifiesATitleByTheFirstRuleThatApplies(String title, DocumentKind fallback, DocumentKind expected,
                                                   String rule) {
        assertThat(KindRules.classify(title, "", fallback)).isEqualTo(new KindDecision(expected, rule));
    }

    @ParameterizedTest(name = "text ''{0}'' → {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a regulation header under a letterhead
            'WALI KOTA SAWAHLUNTO\\nPERATURAN WALI KOTA SAWAHLUNTO\\nNOMOR 12 TAHUN 2024' | REGULATION   | text:regulation-header
            'PENGUMUMAN\\nPerpustakaan tutup tanggal 17 Agustus.'                          | ANNOUNCEMENT | text:pengumuman
            'Program Gemar Membaca dibuka untuk umum.'                                     | PROGRAMME    | text:program
            # words below the opening lines do not count, nor a regulation cited in the body
            'Senin–Jumat\\nPukul 08.00\\nSabtu tutup\\nPendaftaran anggota di loket.'       | NEWS         | source-default
            'Buka setiap hari kerja.\\nSesuai Peraturan Wali Kota Nomor 12 Tahun 2024.'     | NEWS         | source-default
            """)
    void classifiesByTheOpeningOfTheTextWhenTheTitleSaysNothing(String text, DocumentKind expected, String rule) {
        KindDecision decision = KindRules.classify("Jadwal Layanan", text.replace("\\n", "\n"), DocumentKind.NEWS);

        assertThat(decision).isEqualTo(new KindDecision(expected, rule));
    }

    @Test
    void classifiesByTheTextWhenThereIsNoTitle() {
        assertThat(KindRules.classify(null, "UNDANGAN\nRapat pustakawan", DocumentKind.NEWS))
                .isEqualTo(new KindDecision(DocumentKind.ANNOUNCEMENT, "text:undangan"));
    }

    @Test
    void theTitleDecidesBeforeTheText() {
        KindDecision decision = KindRules.classify("Berita Kegiatan", "PENGUMUMAN\nPendaftaran dibuka",
                DocumentKind.OTHER);

        assertThat(decision).isEqualTo(new KindDecision(DocumentKind.NEWS, "title:berita"));
    }

    @Test
    void anAnnouncementTitleIsAskedBeforeARegulationHeaderInTheText() {
        KindDecision decision = KindRules.classify("Pengumuman",
                "PERATURAN DAERAH KOTA SAWAHLUNTO\nNOMOR 3 TAHUN 2019", DocumentKind.NEWS);

        assertThat(decision).isEqualTo(new KindDecision(DocumentKind.ANNOUNCEMENT, "title:pengumuman"));
    }

    @Test
    void nothingToReadKeepsTheSourceDefault() {
        assertThat(KindRules.classify(null, null, DocumentKind.PROGRAMME))
                .isEqualTo(new KindDecision(DocumentKind.PROGRAMME, "source-default"));
    }
}
