package id.perpustakaan.jembatan.routes.normalise.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateIndexBandingTest {

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(doubles = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0})
    void bandingMakesAlmostEveryPairAtTheThresholdACandidate(double threshold) {
        LshBanding banding = LshBanding.forThreshold(threshold, Fingerprints.SIGNATURE_LENGTH);

        System.out.printf("threshold %.1f: %d bands × %d rows; candidate at threshold %.5f,"
                        + " at 0.3 %.4f, at 0.05 %.5f%n",
                threshold, banding.bands(), banding.rows(), banding.candidateProbability(threshold),
                banding.candidateProbability(0.3), banding.candidateProbability(0.05));
        assertThat(banding.bands() * banding.rows()).isLessThanOrEqualTo(Fingerprints.SIGNATURE_LENGTH);
        assertThat(banding.candidateProbability(threshold)).isGreaterThanOrEqualTo(LshBanding.RECALL_AT_THRESHOLD);
        assertThat(banding.candidateProbability(0.05)).isLessThan(0.01);
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(doubles = {0.6, 0.8})
    void noBandingWithMoreRowsWouldKeepTheSameRecall(double threshold) {
        LshBanding chosen = LshBanding.forThreshold(threshold, Fingerprints.SIGNATURE_LENGTH);
        int rows = chosen.rows() + 1;
        LshBanding narrower = new LshBanding(Fingerprints.SIGNATURE_LENGTH / rows, rows);

        assertThat(narrower.candidateProbability(threshold)).isLessThan(LshBanding.RECALL_AT_THRESHOLD);
    }
}
