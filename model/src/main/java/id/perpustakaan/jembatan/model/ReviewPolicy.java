package id.perpustakaan.jembatan.model;

/** Whether a source's documents reach the public at once ({@code auto}) or wait for a librarian ({@code required}). */
public enum ReviewPolicy {
    AUTO,
    REQUIRED
}
