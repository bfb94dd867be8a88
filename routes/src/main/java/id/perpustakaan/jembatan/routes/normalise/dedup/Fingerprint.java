package id.perpustakaan.jembatan.routes.normalise.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What duplicate detection remembers of a text: a hash of its normalised form, equal only for the same
 * words in the same order, and a MinHash signature whose agreement with another estimates how many word
 * shingles the two texts share.
 *
 * <p>A class rather than a record because a record compares arrays by identity; the signature is copied
 * in and out so that a fingerprint held by the index cannot change under it.
 */
public final class Fingerprint {

    private final String exactHash;
    private final long[] minHash;

    /**
     * Rebuilds a fingerprint, for instance one stored with a document. Only fingerprints made by the same
     * {@link Fingerprints} scheme compare meaningfully.
     *
     * @param minHash the signature; empty for a text without words
     */
    public Fingerprint(String exactHash, long[] minHash) {
        if (exactHash == null || exactHash.isBlank()) {
            throw new IllegalArgumentException("exactHash must not be blank");
        }
        this.exactHash = exactHash;
        this.minHash = Objects.requireNonNull(minHash, "minHash must not be null").clone();
    }

    public String exactHash() {
        return exactHash;
    }

    public long[] minHash() {
        return minHash.clone();
    }

    /** A text without words (a scan without a text layer, say) carries no evidence of what it announces. */
    public boolean hasContent() {
        return minHash.length > 0;
    }

    public int signatureLength() {
        return minHash.length;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets: the share of signature positions that agree. */
    public double similarity(Fingerprint other) {
        if (!hasContent() || !other.hasContent()) {
            return 0.0;
        }
        if (minHash.length != other.minHash.length) {
            throw new IllegalArgumentException("cannot compare a fingerprint of " + minHash.length
                    + " hash values with one of " + other.minHash.length
                    + " (they come from different fingerprint schemes; recompute the older one)");
        }
        int agreeing = 0;
        for (int i = 0; i < minHash.length; i++) {
            if (minHash[i] == other.minHash[i]) {
                agreeing++;
            }
        }
        return (double) agreeing / minHash.length;
    }

    /** Read without copying, for the index's band keys. */
    long minHashAt(int position) {
        return minHash[position];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that
                && exactHash.equals(that.exactHash)
                && Arrays.equals(minHash, that.minHash);
    }

    @Override
    public int hashCode() {
        return 31 * exactHash.hashCode() + Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "Fingerprint[exactHash=" + exactHash + ", minHash=" + minHash.length + " values]";
    }
}
