package id.perpustakaan.jembatan.model;

/** What a document is for the citizen looking for it. */
public enum DocumentKind {
    ANNOUNCEMENT,
    REGULATION,
    PROGRAMME,
    NEWS,
    OTHER
}
