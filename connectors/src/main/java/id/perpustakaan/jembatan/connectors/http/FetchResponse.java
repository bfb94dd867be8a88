package id.perpustakaan.jembatan.connectors.http;

import java.net.URI;
import java.time.Instant;

/**
 * What the origin answered.
 *
 * @param url          the address finally answered, after redirects
 * @param notModified  a 304 to a conditional request: {@code body} is empty and the last content still holds
 * @param contentType  as sent, with its charset parameter
 * @param contentLanguage the {@code Content-Language} header as sent, or null
 */
public record FetchResponse(URI url, int status, boolean notModified, String contentType, byte[] body, String etag,
                            Instant lastModified, String contentLanguage) {
}
