package id.perpustakaan.jembatan.connectors.web;

import java.net.URI;
import java.util.List;

/**
 * What one sitemap file lists.
 *
 * @param pages         the pages of a sitemap, in file order and each once
 * @param childSitemaps the sitemaps a sitemap index points to, for the caller to fetch and read in turn
 */
public record SitemapContent(List<SitemapEntry> pages, List<URI> childSitemaps) {

    public SitemapContent {
        pages = List.copyOf(pages);
        childSitemaps = List.copyOf(childSitemaps);
    }
}
