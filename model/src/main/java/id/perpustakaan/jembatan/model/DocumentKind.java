package id.perpustakaan.jembatan.model;

/** What a document is for the citizen looking for it. */
public enum DocumentKind {
    ANNOUNCEMENT,
    REGULATION,
    PROGRAMME,
    /** Something to attend at a time and place; the document carries its {@link Event}. */
    EVENT,
    NEWS,
    OTHER
}
