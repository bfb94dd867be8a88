package id.perpustakaan.jembatan.routes.normalise.dedup;

/**
 * How the index cuts a signature into bands for locality-sensitive hashing.
 *
 * <p>Two documents become candidates when all {@code rows} values of at least one band agree. For
 * documents of similarity {@code s} that happens with probability {@code 1 - (1 - s^rows)^bands}, an
 * S-curve that climbs steepest near {@code (1/bands)^(1/rows)}. More rows per band push the curve right
 * (fewer dissimilar candidates to verify, but near duplicates start to slip through); more bands push
 * it left. Candidates are always verified against the whole signature, so a curve set too far left only
 * costs time, while one set too far right loses duplicates for good: the banding is chosen for recall.
 *
 * @param bands how many bands are indexed
 * @param rows  signature values per band; {@code bands * rows} may leave a few values unbanded
 */
record LshBanding(int bands, int rows) {

    /** Share of the pairs exactly at the threshold that must become candidates. */
    static final double RECALL_AT_THRESHOLD = 0.99;

    LshBanding {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive, got " + bands + " × " + rows);
        }
    }

    /**
     * The banding with the most rows per band, hence the fewest false candidates, that still makes
     * {@link #RECALL_AT_THRESHOLD} of the pairs at {@code threshold} candidates. For 128 values and the
     * default threshold of 0.6 that is 42 bands of 3 rows: pairs at 0.6 become candidates with probability
     * 0.99996, pairs at 0.3 with 0.68 and unrelated pairs at 0.05 with 0.005. For a threshold of 0.8 it is
     * 21 bands of 6 rows (0.998 at 0.8, 0.015 at 0.3).
     */
    static LshBanding forThreshold(double threshold, int signatureLength) {
        for (int rows = signatureLength; rows > 1; rows--) {
            LshBanding banding = new LshBanding(signatureLength / rows, rows);
            if (banding.candidateProbability(threshold) >= RECALL_AT_THRESHOLD) {
                return banding;
            }
        }
        return new LshBanding(signatureLength, 1);
    }

    double candidateProbability(double similarity) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }
}
