package id.perpustakaan.jembatan.connectors.web;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One page a sitemap lists.
 *
 * @param lastModified the sitemap's {@code lastmod}, or null when it gives none (text sitemaps never do)
 */
public record SitemapEntry(URI url, Instant lastModified) {

    public SitemapEntry {
        Objects.requireNonNull(url, "url");
    }
}
