package id.perpustakaan.jembatan.routes.normalise.dedup;

/**
 * An indexed document that holds the same announcement as the one looked up.
 *
 * @param documentId the indexed document, the one to merge into
 * @param similarity estimated Jaccard similarity of the two texts' word shingles, 1.0 for an exact match
 * @param exact      whether the normalised texts are identical, not merely close
 */
public record DuplicateMatch(String documentId, double similarity, boolean exact) {
}
