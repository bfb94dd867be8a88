package id.perpustakaan.jembatan.routes.normalise.klasifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Titles of the kind Sawahlunto's agencies publish, each with the class it belongs in. */
class KlasifikasiRulesTest {

    @Test
    void labelledTitlesGetTheirClass() {
        Map<String, Klasifikasi> labelled = Map.ofEntries(
                Map.entry("Peringatan Dini Cuaca Ekstrem di Wilayah Sumatera Barat", Klasifikasi.SERTA_MERTA),
                Map.entry("Banjir di Kecamatan Talawi: Warga Diminta Mengungsi", Klasifikasi.SERTA_MERTA),
                Map.entry("Pemadaman Listrik Bergilir Sabtu 7 Desember", Klasifikasi.SERTA_MERTA),
                Map.entry("Gangguan Distribusi Air PDAM di Kelurahan Saringan", Klasifikasi.SERTA_MERTA),
                Map.entry("Kejadian Luar Biasa Demam Berdarah", Klasifikasi.SERTA_MERTA),
                Map.entry("Penutupan Jalan Lintas Sawahlunto–Solok karena Longsor", Klasifikasi.SERTA_MERTA),
                Map.entry("Laporan Kinerja Instansi Pemerintah Dinas Pendidikan 2024", Klasifikasi.BERKALA),
                Map.entry("Realisasi Anggaran Semester I Tahun 2025", Klasifikasi.BERKALA),
                Map.entry("Rencana Strategis Dinas Sosial 2025–2029", Klasifikasi.BERKALA),
                Map.entry("Profil Perpustakaan Kota Sawahlunto", Klasifikasi.BERKALA),
                Map.entry("Pengumuman Penerimaan Beasiswa Prestasi 2025", Klasifikasi.SETIAP_SAAT),
                Map.entry("Jadwal Layanan Perpustakaan Keliling", Klasifikasi.SETIAP_SAAT),
                Map.entry("Pelatihan Pengelolaan Keuangan untuk Pelaku UMKM", Klasifikasi.SETIAP_SAAT));

        labelled.forEach((title, klasifikasi) -> assertThat(KlasifikasiRules.classify(title,
                DocumentKind.ANNOUNCEMENT, null)).as(title).isEqualTo(klasifikasi));
    }

    @Test
    void aRegulationIsAvailableAtAnyTimeEvenAboutADisasterItsSubjectNames() {
        assertThat(KlasifikasiRules.classify("Peraturan Daerah Nomor 2 Tahun 2024 tentang Penanggulangan Bencana",
                DocumentKind.REGULATION, null)).isEqualTo(Klasifikasi.SETIAP_SAAT);
        assertThat(KlasifikasiRules.classify("Peraturan Daerah Nomor 3 Tahun 2024 tentang Retribusi",
                DocumentKind.REGULATION, Klasifikasi.BERKALA)).isEqualTo(Klasifikasi.SETIAP_SAAT);
    }

    @Test
    void theSourcesClassStandsWhenNoRuleDecides() {
        assertThat(KlasifikasiRules.classify("Notulen Rapat Koordinasi", DocumentKind.OTHER, Klasifikasi.BERKALA))
                .isEqualTo(Klasifikasi.BERKALA);
    }

    @Test
    void noWordLiftsTheExemptionOfAnExemptSource() {
        assertThat(KlasifikasiRules.classify("Peringatan Dini Banjir", DocumentKind.ANNOUNCEMENT,
                Klasifikasi.DIKECUALIKAN)).isEqualTo(Klasifikasi.DIKECUALIKAN);
    }
}
