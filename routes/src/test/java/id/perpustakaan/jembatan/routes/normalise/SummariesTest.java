package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void keepsAShortTextWholeWithItsWhitespaceFolded() {
        assertThat(Summaries.of("Posyandu\n\n dibuka   setiap Selasa.", null, 300))
                .isEqualTo("Posyandu dibuka setiap Selasa.");
    }

    @Test
    void dropsTheTitleWhenTheTextRepeatsIt() {
        String text = "Pengumuman Beasiswa\n\nPendaftaran beasiswa prestasi dibuka sampai 31 Maret 2025.";

        assertThat(Summaries.of(text, "Pengumuman Beasiswa", 300))
                .isEqualTo("Pendaftaran beasiswa prestasi dibuka sampai 31 Maret 2025.");
    }

    @Test
    void cutsALongTextAtTheLastSentenceEnd() {
        String text = "Kalimat pertama cukup panjang untuk ringkasan. Kalimat kedua juga ada di sini. "
                + "Kalimat ketiga tidak muat lagi dalam batas ringkasan yang pendek ini.";

        assertThat(Summaries.of(text, null, 100))
                .isEqualTo("Kalimat pertama cukup panjang untuk ringkasan. Kalimat kedua juga ada di sini.");
    }

    @Test
    void cutsAtAWordWithAnEllipsisWhenNoSentenceEndsEarlyEnough() {
        String text = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas";

        assertThat(Summaries.of(text, null, 30)).isEqualTo("satu dua tiga empat lima enam…");
    }
}
