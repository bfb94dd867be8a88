package id.perpustakaan.jembatan.routes.mirror;

/**
 * A document whose file is gone from its mirrored folder: withdrawn from the public, or, for a regulation, a
 * withdrawal a librarian has to sign off.
 *
 * @param locator     the place it was at, named in the reason
 * @param revision    the revision the request or withdrawal is about
 * @param contentHash that revision's content hash, for the audit
 */
public record Removal(String documentId, String sourceId, String locator, long revision, String contentHash,
                      boolean regulation) {

    /** Why, as the reviews topic records it and the review desk shows it. */
    public String reason() {
        return "removed at the source: " + locator;
    }
}
