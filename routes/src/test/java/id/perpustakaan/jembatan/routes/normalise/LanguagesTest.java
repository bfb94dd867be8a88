package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Languages LANGUAGES = new Languages();

    @Test
    void recognisesIndonesian() {
        assertThat(LANGUAGES.of("Dinas Pendidikan Kota Sawahlunto membuka pendaftaran beasiswa prestasi bagi siswa"
                + " sekolah menengah atas. Berkas pendaftaran diserahkan paling lambat tanggal 31 Maret 2025 di"
                + " kantor dinas pada jam kerja.")).contains("id");
    }

    @Test
    void recognisesEnglish() {
        assertThat(LANGUAGES.of("The city library opens a new reading room for children next month. Registration"
                + " for the reading club is free and open to every resident.")).contains("en");
    }

    @Test
    void tellsMalayFromIndonesian() {
        assertThat(LANGUAGES.of("Kerajaan negeri akan memberikan bantuan kewangan kepada semua pelajar yang layak."
                + " Permohonan boleh dibuat secara dalam talian sebelum hujung bulan ini melalui laman web rasmi"
                + " jabatan pendidikan negeri.")).contains("ms");
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(LANGUAGES.of("  ")).isEmpty();
        assertThat(LANGUAGES.of(null)).isEmpty();
    }
}
