package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Affixed forms meet their root words; what they do not meet is written down here too. */
class IndonesianStemsTest {

    @Test
    void affixedFormsShareTheirStem() {
        assertThat(IndonesianStems.of("perpustakaan")).isEqualTo(IndonesianStems.of("pustaka")).isEqualTo("pustaka");
        assertThat(IndonesianStems.of("pelayanan")).isEqualTo(IndonesianStems.of("layanan"))
                .isEqualTo(IndonesianStems.of("melayani"));
        assertThat(IndonesianStems.of("pendaftaran")).isEqualTo("daftar");
        assertThat(IndonesianStems.of("peraturan")).isEqualTo(IndonesianStems.of("aturan"));
        assertThat(IndonesianStems.of("kesehatan")).isEqualTo("sehat");
        assertThat(IndonesianStems.of("pengaduan")).isEqualTo(IndonesianStems.of("mengadu"));
    }

    @Test
    void stopwordsAreLeftOutAndWordsKeepTheirOrder() {
        assertThat(IndonesianStems.of("Layanan yang di Perpustakaan dan Pelayanan")).isEqualTo("layan pustaka layan");
        assertThat(IndonesianStems.of("dan yang")).isEmpty();
        assertThat(IndonesianStems.of(null)).isEmpty();
    }

    @Test
    void talaDoesNotUndoEveryAffix() {
        // known gaps of the algorithm, left as they are: exact and misspelt matches still find these documents
        assertThat(IndonesianStems.of("kependudukan")).isEqualTo("nduduk").isNotEqualTo(IndonesianStems.of("penduduk"));
        assertThat(IndonesianStems.of("pemustaka")).isEqualTo("ustaka");
        assertThat(IndonesianStems.of("berlaku")).isEqualTo("berla");
    }

    @Test
    void aLongTextIsStemmedUpToItsBound() {
        String text = "pelayanan ".repeat(IndonesianStems.MAX_CHARS / 10 + 100);
        assertThat(IndonesianStems.of(text).split(" ")).hasSize(IndonesianStems.MAX_CHARS / 10);
    }
}
