package id.perpustakaan.jembatan.routes.normalise.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Regulation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegulationParserTest {

    @ParameterizedTest(name = "''{0}'' → {1} {2}/{3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Peraturan Daerah Kota Sawahlunto Nomor 3 Tahun 2019                  | Perda     | 3                 | 2019
            PERATURAN DAERAH PROVINSI SUMATERA BARAT NOMOR 7 TAHUN 2018           | Perda     | 7                 | 2018
            Peraturan Daerah Kabupaten Sijunjung Nomor 1 Tahun 2020               | Perda     | 1                 | 2020
            Perda Kota Sawahlunto Nomor 3 Tahun 2019                              | Perda     | 3                 | 2019
            Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024                    | Perwako   | 12                | 2024
            PERATURAN WALIKOTA SAWAHLUNTO NOMOR 12A TAHUN 2024                    | Perwako   | 12A               | 2024
            Perwali Sawahlunto No. 5 Tahun 2023                                   | Perwako   | 5                 | 2023
            Perwako Nomor 5 Tahun 2023                                            | Perwako   | 5                 | 2023
            PERWAKO NO 12 TH 2024                                                 | Perwako   | 12                | 2024
            Peraturan Bupati Tanah Datar Nomor 9 Tahun 2022                       | Perbup    | 9                 | 2022
            Peraturan Gubernur Sumatera Barat Nomor 30 Tahun 2021                 | Pergub    | 30                | 2021
            Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor 8 Tahun 2024 | Permen | 8          | 2024
            Permendikbud Nomor 75 Tahun 2016                                      | Permen    | 75                | 2016
            Peraturan Presiden Republik Indonesia Nomor 2 Tahun 2020              | Perpres   | 2                 | 2020
            Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022       | Perppu    | 2                 | 2022
            Peraturan Pemerintah Nomor 24 Tahun 2014                              | PP        | 24                | 2014
            UU No 43 Tahun 2007                                                   | UU        | 43                | 2007
            Keputusan Wali Kota Sawahlunto Nomor 188.45/123/WAKO-SWL/2024         | Keputusan | 188.45/123/WAKO-SWL/2024 | 2024
            SK Wali Kota Sawahlunto Nomor 188.45/7/WAKO-SWL/2023                  | Keputusan | 188.45/7/WAKO-SWL/2023   | 2023
            Surat Edaran Nomor 800/123/Disdik/2024                                | SE        | 800/123/Disdik/2024      | 2024
            Surat Edaran Wali Kota Sawahlunto Nomor: 400.3/15/Setda                | SE        | 400.3/15/Setda           | -
            Peraturan Kepala Perpustakaan Nasional Nomor 3 Tahun 2017             | Peraturan | 3                 | 2017
            """)
    void readsKindNumberAndYearFromATitle(String title, String jenis, String nomor, Integer tahun) {
        Regulation regulation = RegulationParser.parse(title, "isi").orElseThrow();

        assertThat(regulation.jenis()).isEqualTo(jenis);
        assertThat(regulation.nomor()).isEqualTo(nomor);
        assertThat(regulation.tahun()).isEqualTo(tahun);
    }

    @Test
    void readsAHeaderSpreadOverLinesUnderALetterhead() {
        String text = """
                SALINAN
                WALI KOTA SAWAHLUNTO
                PROVINSI SUMATERA BARAT

                PERATURAN WALI KOTA SAWAHLUNTO
                NOMOR 12 TAHUN 2024
                TENTANG
                PEDOMAN LAYANAN PERPUSTAKAAN
                DAN KEARSIPAN DAERAH

                DENGAN RAHMAT TUHAN YANG MAHA ESA
                WALI KOTA SAWAHLUNTO,
                Menimbang : a. bahwa …
                """;

        assertThat(RegulationParser.parse(null, text)).contains(new Regulation("Perwako", "12", 2024,
                "PEDOMAN LAYANAN PERPUSTAKAAN DAN KEARSIPAN DAERAH", List.of(), List.of()));
    }

    @Test
    void stopsTheSubjectAtTheSigningOfficialWhenNoBlankLineComesFirst() {
        String text = """
                PERATURAN BUPATI TANAH DATAR
                NOMOR 9 TAHUN 2022
                TENTANG PENYELENGGARAAN PERPUSTAKAAN DESA
                BUPATI TANAH DATAR,
                Menimbang : …
                """;

        assertThat(RegulationParser.parse(null, text)).map(Regulation::tentang)
                .contains("PENYELENGGARAAN PERPUSTAKAAN DESA");
    }

    @Test
    void takesTheSubjectOfATitleToTheEndOfTheTitle() {
        Regulation regulation = RegulationParser.parse(
                "Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan Perpustakaan Umum",
                "Lampiran jadwal layanan").orElseThrow();

        assertThat(regulation.tentang()).isEqualTo("Jam Layanan Perpustakaan Umum");
    }

    @Test
    void readsTheShortWrittenTentang() {
        Regulation regulation = RegulationParser.parse("Perwali No. 5 Thn. 2023 ttg Jam Layanan", "").orElseThrow();

        assertThat(regulation.tahun()).isEqualTo(2023);
        assertThat(regulation.tentang()).isEqualTo("Jam Layanan");
    }

    @Test
    void takesTheFullSubjectFromTheTextWhenTheTitleNamesTheSameRegulationShortly() {
        String text = "PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 3 TAHUN 2019 TENTANG PENYELENGGARAAN PERPUSTAKAAN\n"
                + "DENGAN RAHMAT TUHAN YANG MAHA ESA";

        Regulation regulation = RegulationParser.parse("Perda Kota Sawahlunto Nomor 3 Tahun 2019", text).orElseThrow();

        assertThat(regulation.tentang()).isEqualTo("PENYELENGGARAAN PERPUSTAKAAN");
    }

    @Test
    void readsTheSubjectAndNumberOfASuratEdaran() {
        String text = """
                PEMERINTAH KOTA SAWAHLUNTO
                DINAS PENDIDIKAN
                Jalan Soekarno-Hatta No. 1, Telp. (0754) 61000
                SURAT EDARAN
                NOMOR 800/123/Disdik/2024
                TENTANG
                GERAKAN LITERASI SEKOLAH

                Yth. Kepala SD dan SMP se-Kota Sawahlunto
                Dalam rangka menumbuhkan budaya baca, …
                """;

        assertThat(RegulationParser.parse(null, text)).contains(new Regulation("SE", "800/123/Disdik/2024", 2024,
                "GERAKAN LITERASI SEKOLAH", List.of(), List.of()));
    }

    @Test
    void readsWhatASecondAmendmentAmends() {
        String text = """
                PERATURAN DAERAH KOTA SAWAHLUNTO
                NOMOR 2 TAHUN 2024
                TENTANG
                PERUBAHAN KEDUA ATAS PERATURAN DAERAH NOMOR 3 TAHUN 2019
                TENTANG PENYELENGGARAAN PERPUSTAKAAN

                DENGAN RAHMAT TUHAN YANG MAHA ESA
                """;

        Regulation regulation = RegulationParser.parse(null, text).orElseThrow();

        assertThat(regulation.tentang())
                .isEqualTo("PERUBAHAN KEDUA ATAS PERATURAN DAERAH NOMOR 3 TAHUN 2019 TENTANG PENYELENGGARAAN PERPUSTAKAAN");
        assertThat(regulation.amends()).containsExactly("Perda 3/2019");
    }

    @Test
    void readsWhatAnAmendmentAmendsFromATitle() {
        Regulation regulation = RegulationParser.parse("Undang-Undang Nomor 43 Tahun 1999 tentang Perubahan atas "
                + "Undang-Undang Nomor 8 Tahun 1974 tentang Pokok-Pokok Kepegawaian", "").orElseThrow();

        assertThat(regulation.amends()).containsExactly("UU 8/1974");
    }

    @Test
    void aRegulationThatOnlyImplementsAnotherAmendsNothing() {
        Regulation regulation = RegulationParser.parse("Peraturan Pemerintah Nomor 24 Tahun 2014 tentang Pelaksanaan "
                + "Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan", "").orElseThrow();

        assertThat(regulation.amends()).isEmpty();
    }

    @Test
    void readsARevocationWithItsSubjectAndGazetteOnce() {
        String text = """
                UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 43 TAHUN 2009 TENTANG KEARSIPAN
                Pasal 91
                Pada saat Undang-Undang ini mulai berlaku, Undang-Undang Nomor 7 Tahun 1971 tentang Ketentuan-Ketentuan \
                Pokok Kearsipan (Lembaran Negara Republik Indonesia Tahun 1971 Nomor 32, Tambahan Lembaran Negara \
                Nomor 2964) dicabut dan dinyatakan tidak berlaku.
                Penjelasan Pasal 91: Undang-Undang Nomor 7 Tahun 1971 dicabut dan dinyatakan tidak berlaku.
                """;

        assertThat(RegulationParser.parse(null, text).orElseThrow().revokes()).containsExactly("UU 7/1971");
    }

    @Test
    void readsEveryRevocationOfAListButNotTheRegulationsNamedInTheirSubjects() {
        String text = """
                PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 2 TAHUN 2024 TENTANG PERPUSTAKAAN
                Pasal 40
                Pada saat Peraturan Daerah ini mulai berlaku:
                a. Peraturan Daerah Nomor 3 Tahun 2019 tentang Pelaksanaan Peraturan Pemerintah Nomor 24 Tahun 2014 \
                (Lembaran Daerah Kota Sawahlunto Tahun 2019 Nomor 3) sebagaimana telah diubah dengan Peraturan Daerah \
                Nomor 5 Tahun 2021 tentang Perubahan atas Peraturan Daerah Nomor 3 Tahun 2019; dan
                b. Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2020 tentang Jam Layanan,
                dicabut dan dinyatakan tidak berlaku.
                """;

        assertThat(RegulationParser.parse(null, text).orElseThrow().revokes())
                .containsExactly("Perda 3/2019", "Perda 5/2021", "Perwako 12/2020");
    }

    @Test
    void readsWhatADecreeRevokesWithMencabut() {
        String text = """
                KEPUTUSAN WALI KOTA SAWAHLUNTO
                NOMOR 188.45/123/WAKO-SWL/2024
                TENTANG
                TIM PENGEMBANG LITERASI DAERAH

                MEMUTUSKAN:
                KESATU: Mencabut Keputusan Wali Kota Sawahlunto Nomor 188.45/12/WAKO-SWL/2020 tentang Tim Literasi.
                KEDUA: Membentuk tim sebagaimana dimaksud dalam Peraturan Wali Kota Nomor 12 Tahun 2024.
                """;

        Regulation regulation = RegulationParser.parse(null, text).orElseThrow();

        assertThat(regulation.jenis()).isEqualTo("Keputusan");
        assertThat(regulation.tentang()).isEqualTo("TIM PENGEMBANG LITERASI DAERAH");
        assertThat(regulation.revokes()).containsExactly("Keputusan 188.45/12/WAKO-SWL/2020");
    }

    @Test
    void ignoresRevocationWordsThatRevokeNoRegulation() {
        String text = """
                PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 3 TAHUN 2019 TENTANG PERPUSTAKAAN
                Izin sebagaimana dimaksud dalam Peraturan Daerah Nomor 1 Tahun 2010 dapat dicabut.
                Pengadu dianggap mencabut pengaduannya.
                """;

        assertThat(RegulationParser.parse(null, text).orElseThrow().revokes()).isEmpty();
    }

    @Test
    void anAnnouncementCitingARegulationInItsBodyIsNoRegulation() {
        String text = """
                PENGUMUMAN
                Nomor: 800/45/Disdik/2024
                Berdasarkan Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan Perpustakaan,
                perpustakaan umum tutup pada hari libur nasional.
                """;

        assertThat(RegulationParser.parse("Pengumuman Jam Layanan Perpustakaan", text)).isEmpty();
    }

    @Test
    void aRegulationCitedOnALineOfItsOwnAfterTheOpeningOfANewsItemIsNoRegulation() {
        String text = """
                Sawahlunto – Dinas Kearsipan dan Perpustakaan menggelar sosialisasi aturan baru.
                Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan mulai berlaku bulan ini.
                """;

        assertThat(RegulationParser.parse("Sosialisasi Perwako Jam Layanan", text)).isEmpty();
    }

    @Test
    void anArticleOpeningWithACitationIsNoRegulation() {
        String text = "Undang-Undang Nomor 43 Tahun 2007 mengamanatkan perpustakaan di setiap kota.\nIsi berita.";

        assertThat(RegulationParser.parse("UU Nomor 14 Tahun 2008 dan Hak Warga atas Informasi", text)).isEmpty();
    }

    @Test
    void aTitleThatMentionsARegulationAfterOtherWordsIsNoRegulation() {
        assertThat(RegulationParser.parse("Sosialisasi Peraturan Daerah Nomor 3 Tahun 2019", "isi")).isEmpty();
    }

    @Test
    void theBasicLawWithoutNumberIsNoRegulationHeader() {
        assertThat(RegulationParser.parse("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "")).isEmpty();
    }

    @Test
    void nothingToReadIsNoRegulation() {
        assertThat(RegulationParser.parse(null, null)).isEmpty();
        assertThat(RegulationParser.parse("  ", "")).isEmpty();
    }
}
