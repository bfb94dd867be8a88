package id.perpustakaan.jembatan.connectors;

/**
 * The item itself cannot be processed (corrupt, encrypted, empty, too large…): retrying will not help, so it goes
 * to the dead-letter topic with this message as its reason. Infrastructure failures must not use this type: they
 * are retried and leave the item where it is.
 */
public class ContentRejectedException extends RuntimeException {

    private final String stage;

    public ContentRejectedException(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public ContentRejectedException(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    /** Where it failed: {@code fetch}, {@code extract}, {@code normalise}… */
    public String stage() {
        return stage;
    }
}
