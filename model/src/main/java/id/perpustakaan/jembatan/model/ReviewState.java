package id.perpustakaan.jembatan.model;

/** Where a document's latest harvested revision stands with librarians, as the inbox shows it. */
public enum ReviewState {
    /** No decision about this revision yet; an older approved revision may still be public. */
    PENDING,
    PUBLISHED,
    AUTO_PUBLISHED,
    REJECTED,
    WITHDRAWN,
    /** Public, with a request to withdraw it that a librarian has not answered yet. */
    WITHDRAWAL_REQUESTED;

    /** The state a decision about the current revision leaves it in. */
    public static ReviewState after(ReviewAction action) {
        return switch (action) {
            case APPROVE -> PUBLISHED;
            case AUTO_PUBLISH -> AUTO_PUBLISHED;
            case REJECT -> REJECTED;
            case WITHDRAW -> WITHDRAWN;
            case REQUEST_WITHDRAWAL -> WITHDRAWAL_REQUESTED;
            case KEEP -> PUBLISHED;
        };
    }
}
