package id.perpustakaan.jembatan.app.feeds;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The outbound feed formats, by the extension of their address. */
enum FeedFormat {

    RSS("rss_2.0", MediaType.parseMediaType("application/rss+xml;charset=UTF-8")),
    ATOM("atom_1.0", MediaType.parseMediaType("application/atom+xml;charset=UTF-8")),
    /** JSON Feed 1.1 (jsonfeed.org) */
    JSON(null, MediaType.parseMediaType("application/feed+json;charset=UTF-8"));

    /** What the format's addresses end with: rss, atom or json. */
    static final String EXTENSIONS = "rss|atom|json";

    private final String romeType;
    private final MediaType mediaType;

    FeedFormat(String romeType, MediaType mediaType) {
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    static FeedFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    /** Rome's name of the format; {@code null} for JSON Feed, which Rome does not write. */
    String romeType() {
        return romeType;
    }

    MediaType mediaType() {
        return mediaType;
    }
}
