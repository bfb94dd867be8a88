package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void showsAChangedLineAsRemovedAndAddedAmongUnchangedOnes() {
        TextDiff.Result diff = TextDiff.of("Pengumuman\nBuka pukul 08.00\nTerima kasih",
                "Pengumuman\nBuka pukul 09.00\nTerima kasih");

        assertThat(diff.lines()).extracting(TextDiff.Line::kind).containsExactly(TextDiff.Kind.SAME,
                TextDiff.Kind.ADDED, TextDiff.Kind.REMOVED, TextDiff.Kind.SAME);
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.truncated()).isFalse();
    }

    @Test
    void equalTextsHaveNoChange() {
        assertThat(TextDiff.of("a\nb", "a\nb").changed()).isFalse();
        assertThat(TextDiff.of(null, "").changed()).isFalse();
    }

    @Test
    void comparesOnlyTheBeginningOfAVeryLongText() {
        String longText = "baris\n".repeat(TextDiff.MAX_LINES + 500);

        TextDiff.Result diff = TextDiff.of(longText, longText + "tambahan");

        assertThat(diff.truncated()).isTrue();
        assertThat(diff.lines()).hasSize(TextDiff.MAX_LINES);
    }
}
