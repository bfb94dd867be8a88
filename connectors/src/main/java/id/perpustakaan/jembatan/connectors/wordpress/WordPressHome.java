package id.perpustakaan.jembatan.connectors.wordpress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a WordPress site's home page announces in its head: the REST API's root ({@code <link rel="https://api.w.org/"
 * href="…/wp-json/">}, or {@code …/?rest_route=/} when pretty permalinks are off, or another prefix) and its feed
 * ({@code <link rel="alternate" type="application/rss+xml">}, the posts' feed first, before the comments').
 */
public record WordPressHome(Optional<URI> apiRoot, Optional<URI> feed) {

    private static final String API_REL = "https://api.w.org/";

    public static WordPressHome read(byte[] html, URI pageUrl) {
        Document page;
        try {
            // the charset from a byte-order mark or the page's meta, else UTF-8, as WordPress writes it
            page = Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl.toString());
        } catch (IOException notFromMemory) {
            throw new UncheckedIOException(notFromMemory);
        }
        return new WordPressHome(link(page.selectFirst("link[rel=\"" + API_REL + "\"][href]")),
                link(page.selectFirst("link[rel=alternate][type=application/rss+xml][href]:not([href*=comments]),"
                        + " link[rel=alternate][type=application/atom+xml][href]:not([href*=comments])")));
    }

    private static Optional<URI> link(Element link) {
        if (link == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(link.absUrl("href").replace(" ", "%20"));
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
