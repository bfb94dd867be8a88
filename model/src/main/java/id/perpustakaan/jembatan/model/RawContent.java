package id.perpustakaan.jembatan.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * What a connector fetched, before any parsing: the bytes (opened on demand, so large files are streamed) and
 * the facts the origin gave about them.
 *
 * @param locator   canonical place within the source (relative path for folders, URL for the web); with the
 *                  source id it makes the document id
 * @param mediaType what the origin claimed (extension or Content-Type); the parser detects the real one
 * @param declaredLanguage the two-letter language the origin declared for it ({@code Content-Language}), or null;
 *                  what the content declares itself ({@code <html lang>}) is read from the content
 * @param declared  what the origin's catalogue says of it (title, regulation fields…), or null
 * @param movedFrom the locator it had before within its source (a file moved in a mirrored folder), or null: the
 *                  document keeps the id it had there, and that place leaves its sources
 */
public record RawContent(
        String sourceId,
        String locator,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String url,
        Instant fetchedAt,
        Instant lastModified,
        String etag,
        String connector,
        Body body,
        String declaredLanguage,
        DeclaredFacts declared,
        String movedFrom) {

    /** Content at the place it always had. */
    public RawContent(String sourceId, String locator, String fileName, String mediaType, long size, String sha256,
                      String url, Instant fetchedAt, Instant lastModified, String etag, String connector, Body body,
                      String declaredLanguage, DeclaredFacts declared) {
        this(sourceId, locator, fileName, mediaType, size, sha256, url, fetchedAt, lastModified, etag, connector, body,
                declaredLanguage, declared, null);
    }

    /** Content the origin says nothing about beyond its bytes and, perhaps, their language. */
    public RawContent(String sourceId, String locator, String fileName, String mediaType, long size, String sha256,
                      String url, Instant fetchedAt, Instant lastModified, String etag, String connector, Body body,
                      String declaredLanguage) {
        this(sourceId, locator, fileName, mediaType, size, sha256, url, fetchedAt, lastModified, etag, connector, body,
                declaredLanguage, null);
    }

    /** Content whose origin declared no language. */
    public RawContent(String sourceId, String locator, String fileName, String mediaType, long size, String sha256,
                      String url, Instant fetchedAt, Instant lastModified, String etag, String connector, Body body) {
        this(sourceId, locator, fileName, mediaType, size, sha256, url, fetchedAt, lastModified, etag, connector, body,
                null);
    }

    /** The same content with what its origin declared of it. */
    public RawContent withDeclared(DeclaredFacts facts) {
        return new RawContent(sourceId, locator, fileName, mediaType, size, sha256, url, fetchedAt, lastModified, etag,
                connector, body, declaredLanguage, facts, movedFrom);
    }

    /** The same content with another time of its last change (a file's, or a later one of what describes it). */
    public RawContent withLastModified(Instant changed) {
        return new RawContent(sourceId, locator, fileName, mediaType, size, sha256, url, fetchedAt, changed, etag,
                connector, body, declaredLanguage, declared, movedFrom);
    }

    /** The same content, moved here from another place of its source: it stays the document it was there. */
    public RawContent movedFrom(String earlierLocator) {
        return new RawContent(sourceId, locator, fileName, mediaType, size, sha256, url, fetchedAt, lastModified, etag,
                connector, body, declaredLanguage, declared, earlierLocator);
    }

    /** The same content under another locator, i.e. as another document of its source. */
    public RawContent withLocator(String otherLocator) {
        return new RawContent(sourceId, otherLocator, fileName, mediaType, size, sha256, url, fetchedAt, lastModified,
                etag, connector, body, declaredLanguage, declared, movedFrom);
    }

    /** Opens the fetched bytes; each call gives a fresh stream. */
    @FunctionalInterface
    public interface Body {
        InputStream open() throws IOException;
    }
}
