package id.perpustakaan.jembatan.routes.normalise.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintsTest {

    @Test
    void sameWordsWithOtherWhitespaceCaseAndPunctuationHaveTheSameExactHash() {
        Fingerprint published =
                Fingerprints.of("PENGUMUMAN: Pendaftaran Beasiswa Prestasi\n\ndibuka 3–21 Maret 2025!");
        Fingerprint reposted = Fingerprints.of("  pengumuman   pendaftaran beasiswa prestasi, dibuka 3-21 maret 2025 ");

        assertThat(reposted.exactHash()).isEqualTo(published.exactHash());
        assertThat(reposted).isEqualTo(published);
    }

    @Test
    void compatibilityFormsAndInvisibleCharactersNormaliseAway() {
        String fullWidthWithSoftHyphenAndNoBreakSpace = "ＰＥＮＧＵ\u00ADMUMAN\u00A0beasiswa\u200B ﬁnal";

        assertThat(Fingerprints.normalise(fullWidthWithSoftHyphenAndNoBreakSpace))
                .isEqualTo("pengumuman beasiswa final");
    }

    @Test
    void anApostropheInsideAWordDoesNotSplitIt() {
        assertThat(Fingerprints.of("Setiap hari Jum'at").exactHash())
                .isEqualTo(Fingerprints.of("Setiap hari Jumat").exactHash());
    }

    @Test
    void aMarkBetweenTwoWordsSeparatesThem() {
        assertThat(Fingerprints.normalise("berakhir.Pendaftaran•ditutup|besok"))
                .isEqualTo("berakhir pendaftaran ditutup besok");
    }

    @Test
    void exactHashIsTheSha256HexOfTheNormalisedText() {
        assertThat(Fingerprints.of("Halo,  DUNIA!").exactHash())
                .isEqualTo("09b50b2f685e7a783eeee02d8070e670d48af118a4b00f7bfebe9f8f0e5d3d52");
    }

    /**
     * Fingerprints are stored and compared across restarts and machines; these values pin the scheme so
     * that a change to it is a deliberate one (and a reason to recompute stored fingerprints).
     */
    @Test
    void signatureIsTheSameInEveryRun() {
        long[] signature = Fingerprints.of("Pendaftaran beasiswa prestasi dibuka sampai 21 Maret 2025.").minHash();

        assertThat(signature).hasSize(Fingerprints.SIGNATURE_LENGTH);
        assertThat(new long[] {signature[0], signature[1], signature[127]})
                .containsExactly(-3221083734645268082L, -7815648329072488289L, 1056722360885276726L);
    }

    @Test
    void aTextShorterThanOneShingleStillGetsAComparableSignature() {
        Fingerprint postponed = Fingerprints.of("Rapat ditunda.");
        Fingerprint cancelled = Fingerprints.of("Rapat dibatalkan.");

        assertThat(postponed.hasContent()).isTrue();
        assertThat(postponed.signatureLength()).isEqualTo(Fingerprints.SIGNATURE_LENGTH);
        assertThat(postponed.similarity(Fingerprints.of("RAPAT   DITUNDA"))).isEqualTo(1.0);
        assertThat(postponed.similarity(cancelled)).isLessThan(0.1);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   \n\t ", "-- . • --", "\u200B"})
    void aTextWithoutWordsHasNoContent(String text) {
        Fingerprint fingerprint = Fingerprints.of(text);

        assertThat(fingerprint.hasContent()).isFalse();
        assertThat(fingerprint.minHash()).isEmpty();
        assertThat(fingerprint.exactHash())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(fingerprint.similarity(fingerprint)).isZero();
    }

    @Test
    void aNullTextIsRejectedWithAHint() {
        assertThatThrownBy(() -> Fingerprints.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("pass \"\"");
    }

    @Test
    void theSignatureCannotBeChangedFromOutside() {
        long[] given = {1, 2, 3};
        Fingerprint fingerprint = new Fingerprint("abc", given);
        given[0] = 99;
        fingerprint.minHash()[1] = 99;

        assertThat(fingerprint.minHash()).containsExactly(1, 2, 3);
        assertThat(fingerprint).isEqualTo(new Fingerprint("abc", new long[] {1, 2, 3}))
                .hasSameHashCodeAs(new Fingerprint("abc", new long[] {1, 2, 3}));
    }

    @Test
    void fingerprintsOfDifferentSchemesRefuseToCompare() {
        Fingerprint twoValues = new Fingerprint("a", new long[] {1, 2});
        Fingerprint oneValue = new Fingerprint("b", new long[] {1});

        assertThatThrownBy(() -> twoValues.similarity(oneValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different fingerprint schemes");
    }

    @Test
    void similarityEstimatesTheShingleJaccardOfRealAnnouncements() {
        String original = Announcements.text(Announcements.SCHOLARSHIP_ORIGINAL);
        String repost = Announcements.text(Announcements.SCHOLARSHIP_REPOST);
        String otherProgramme = Announcements.text(Announcements.OTHER_PROGRAMME);

        double repostEstimate = Fingerprints.of(original).similarity(Fingerprints.of(repost));
        double repostJaccard = Announcements.shingleJaccard(original, repost);
        double otherEstimate = Fingerprints.of(original).similarity(Fingerprints.of(otherProgramme));
        double otherJaccard = Announcements.shingleJaccard(original, otherProgramme);
        System.out.printf("re-post:         estimated %.3f, true shingle Jaccard %.3f%n",
                repostEstimate, repostJaccard);
        System.out.printf("other programme: estimated %.3f, true shingle Jaccard %.3f%n",
                otherEstimate, otherJaccard);

        // four standard errors at 128 hash values
        assertThat(repostEstimate).isCloseTo(repostJaccard, offset(0.15));
        assertThat(otherEstimate).isCloseTo(otherJaccard, offset(0.15));
    }
}
