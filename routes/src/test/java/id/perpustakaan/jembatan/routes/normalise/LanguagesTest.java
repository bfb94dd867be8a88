package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.perpustakaan.jembatan.routes.normalise.LabelledTexts.Text;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
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
    void neverTakesIndonesianForSundanese() {
        // the model's Sundanese was learnt from mostly Indonesian text: it scores first on this one
        assertThat(LANGUAGES.of("Pemerintah Kota Sawahlunto mengimbau warga yang tinggal di sepanjang aliran Batang"
                + " Lunto untuk meningkatkan kewaspadaan karena curah hujan diperkirakan tinggi selama sepekan ke"
                + " depan.")).contains("id");
    }

    @Test
    void namesNoLanguageWithoutATwoLetterCode() {
        assertThat(LANGUAGES.of("Perpustakaan kota dibukak baliak mulai hari Sinayan. Urang nan alun punyo kartu"
                + " anggota bisa mambueknyo di situ, indak pakai bayia, cukuik mambaok kartu kaluarga.")).isEmpty();
    }

    @Test
    void scoresEveryLanguageAsOpenNlpsOwnDetectorDoes() throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME reference = new LanguageDetectorME(model);
        MaxentModel outcomes = model.getMaxentModel();

        for (Text text : LabelledTexts.own()) {
            double[] scores = LANGUAGES.scores(text.text());
            String sample = text.text().substring(0, Math.min(text.text().length(), Languages.SAMPLE));
            for (Language expected : reference.predictLanguages(sample)) {
                assertThat(scores[outcomes.getIndex(expected.getLang())]).as("%s in %s", expected.getLang(),
                        text.name()).isCloseTo(expected.getConfidence(), within(1e-9));
            }
        }
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(LANGUAGES.of("  ")).isEmpty();
        assertThat(LANGUAGES.of(null)).isEmpty();
        assertThat(LANGUAGES.of("31.12.2025 08:00 - 0754 61234")).as("no letters").isEmpty();
    }
}
