package id.perpustakaan.jembatan.connectors.http;

import java.net.URI;
import java.time.Instant;

/**
 * A GET of one address, conditional when what was seen last time is known: the origin then answers 304 and
 * nothing is downloaded again.
 *
 * @param etag         the ETag of the last response, or {@code null}
 * @param lastModified the Last-Modified of the last response, or {@code null}
 */
public record FetchRequest(URI url, String etag, Instant lastModified) {

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }
}
