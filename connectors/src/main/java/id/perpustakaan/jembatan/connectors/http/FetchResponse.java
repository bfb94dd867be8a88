package id.perpustakaan.jembatan.connectors.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the origin answered.
 *
 * @param url          the address finally answered, after redirects
 * @param notModified  a 304 to a conditional request: {@code body} is empty and the last content still holds
 * @param contentType  as sent, with its charset parameter
 * @param contentLanguage the {@code Content-Language} header as sent, or null
 * @param headers      every header of the answer, for what an API says in its own (a WordPress site's page count)
 */
public record FetchResponse(URI url, int status, boolean notModified, String contentType, byte[] body, String etag,
                            Instant lastModified, String contentLanguage, HttpHeaders headers) {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

    public FetchResponse {
        headers = headers == null ? NONE : headers;
    }

    /** An answer whose other headers are of no interest. */
    public FetchResponse(URI url, int status, boolean notModified, String contentType, byte[] body, String etag,
                         Instant lastModified, String contentLanguage) {
        this(url, status, notModified, contentType, body, etag, lastModified, contentLanguage, NONE);
    }

    /** The header's first value, whatever the case of its name. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
