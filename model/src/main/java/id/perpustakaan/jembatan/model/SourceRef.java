package id.perpustakaan.jembatan.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One place a document's content was seen: a source, the locator within it (a relative path, a URL) and the agency
 * that published it there. A document merged from several agencies lists each of them here.
 *
 * @param agency {@code null} in records written before sightings carried their agency
 */
public record SourceRef(String sourceId, String locator, String url, Agency agency) {

    public SourceRef(String sourceId, String locator, String url) {
        this(sourceId, locator, url, null);
    }

    /**
     * The id a document first seen here gets; once merged into an earlier document, the id that must still lead to
     * it (an attachment link, a bookmark).
     */
    public String documentId() {
        return idOf(sourceId, locator);
    }

    /** Stable across revisions: the source id and a hash of the canonical locator. */
    public static String idOf(String sourceId, String locator) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((sourceId + "\n" + locator).getBytes(StandardCharsets.UTF_8));
            return sourceId + "-" + HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
