package id.perpustakaan.jembatan.routes.normalise.html;

import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head: title, description, publication time and canonical address.
 *
 * @param canonicalUrl absolute; {@code link[rel=canonical]}, else {@code og:url}, else the address it was fetched from
 */
record PageMetadata(String title, String description, Instant publishedAt, String canonicalUrl) {

    static PageMetadata of(Document page, String baseUrl) {
        return new PageMetadata(PageTitle.of(page), meta(page, "description", "og:description", "twitter:description"),
                PublishedDate.of(page), canonicalUrl(page, baseUrl));
    }

    /** The first non-blank content of a meta tag named (or, for Open Graph, with the property) as asked, in order. */
    static String meta(Document page, String... names) {
        for (String name : names) {
            for (Element meta : page.select("meta[content]")) {
                if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) {
                    String content = meta.attr("content").replaceAll("\\s+", " ").strip();
                    if (!content.isEmpty()) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    private static String canonicalUrl(Document page, String baseUrl) {
        for (Element link : page.select("link[rel][href]")) {
            if (link.attr("rel").equalsIgnoreCase("canonical") && !link.absUrl("href").isEmpty()) {
                return link.absUrl("href");
            }
        }
        for (Element meta : page.select("meta[content]")) {
            if (meta.attr("property").equalsIgnoreCase("og:url") || meta.attr("name").equalsIgnoreCase("og:url")) {
                String url = meta.absUrl("content");
                if (!url.isEmpty()) {
                    return url;
                }
            }
        }
        return baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
    }
}
