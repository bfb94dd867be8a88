package id.perpustakaan.jembatan.model;

/** What a review decision did to a document's revision. */
public enum ReviewAction {
    /** A librarian let the revision reach the public. */
    APPROVE,
    /** A librarian kept the revision from the public; an older published revision stays public. */
    REJECT,
    /** A librarian took a published document away from the public. */
    WITHDRAW,
    /** A trusted source's revision reached the public at once; librarians may still withdraw it. */
    AUTO_PUBLISH,
    /**
     * Someone outside the library asked to take a public document away (its file was removed from a mirrored
     * folder, its agency withdrew it): what a librarian must sign off, because a regulation is withdrawn by a
     * librarian only. The public sees the document until then.
     */
    REQUEST_WITHDRAWAL,
    /** A librarian answered a withdrawal request by keeping the document public. */
    KEEP
}
