package id.perpustakaan.jembatan.connectors.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXParseException;

/**
 * Reads sitemaps: XML {@code urlset}s, sitemap indexes, plain-text lists of URLs, RSS and Atom feeds offered as
 * sitemaps, and gzipped forms of these. Nothing here fetches: callers pass the bytes they fetched, and fetch the
 * child sitemaps of an index themselves.
 */
public final class Sitemaps {

    private static final Logger LOG = LoggerFactory.getLogger(Sitemaps.class);

    private Sitemaps() {
    }

    /** Reads a sitemap in strict mode: pages and child sitemaps on other hosts are dropped. */
    public static SitemapContent read(byte[] body, String contentType, URI sitemapUrl) throws SitemapException {
        return read(body, contentType, sitemapUrl, true);
    }

    /**
     * Reads a sitemap.
     *
     * @param contentType as the server sent it; the bytes decide the format, because servers often send sitemaps
     *                    as {@code text/html} or {@code application/octet-stream}
     * @param strict      keep only addresses on the sitemap's own host ({@code www.} aside): a sitemap speaks for
     *                    its own site, and a foreign address in it is a mistake or injected spam. Leave it off
     *                    only for a source whose sitemap is known to list its pages on another host.
     */
    public static SitemapContent read(byte[] body, String contentType, URI sitemapUrl, boolean strict)
            throws SitemapException {
        if (body == null || body.length == 0) {
            throw new SitemapException("sitemap %s is empty (check the address)".formatted(sitemapUrl));
        }
        AbstractSiteMap parsed = parse(body, contentType, sitemapUrl);
        List<URI> children = new ArrayList<>();
        Map<URI, SitemapEntry> pages = new LinkedHashMap<>();
        Set<URI> foreign = new LinkedHashSet<>();
        if (parsed instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                address(child.getUrl(), sitemapUrl, strict, foreign).filter(c -> !children.contains(c))
                        .ifPresent(children::add);
            }
        } else if (parsed instanceof SiteMap sitemap) {
            for (SiteMapURL page : sitemap.getSiteMapUrls()) {
                Instant lastModified = page.getLastModified() == null ? null : page.getLastModified().toInstant();
                address(page.getUrl(), sitemapUrl, strict, foreign)
                        .ifPresent(url -> pages.putIfAbsent(url, new SitemapEntry(url, lastModified)));
            }
        }
        if (!foreign.isEmpty()) {
            LOG.warn("sitemap {}: dropped {} addresses on other hosts, e.g. {} (a sitemap may only list its own site's"
                    + " pages)", sitemapUrl, foreign.size(), foreign.iterator().next());
        }
        return new SitemapContent(List.copyOf(pages.values()), children);
    }

    /**
     * Only the pages whose path matches {@code pathPattern} (searched, not matched whole), e.g. {@code ^/pengumuman/}.
     * Child sitemaps are kept: their names say nothing about the paths of the pages they list.
     */
    public static SitemapContent matching(SitemapContent content, Pattern pathPattern) {
        return new SitemapContent(
                content.pages().stream().filter(page -> pathPattern.matcher(page.url().getPath()).find()).toList(),
                content.childSitemaps());
    }

    private static AbstractSiteMap parse(byte[] body, String contentType, URI sitemapUrl) throws SitemapException {
        URL url;
        try {
            url = sitemapUrl.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("sitemap %s is not a web address".formatted(sitemapUrl), e);
        }
        // Not strict: crawler-commons' strict mode keeps only URLs under the sitemap's folder, which drops the
        // pages of a sitemap kept in /sitemaps/. Its parser refuses DOCTYPEs, so no external entity is resolved.
        SiteMapParser parser = new SiteMapParser(false);
        // Without its extensions the parser reads the <image:loc> of WordPress sitemaps as page addresses; with
        // them, image, video and news elements stay attributes of their page.
        parser.enableExtensions();
        try {
            // The bytes decide the format; the declared type is a second opinion only for bytes the detector
            // cannot place (a detected format that fails to parse carries the cause and is reported as it is).
            try {
                return parser.parseSiteMap(body, url);
            } catch (UnknownFormatException undetected) {
                if (contentType == null || contentType.isBlank() || undetected.getCause() != null) {
                    throw undetected;
                }
                return parser.parseSiteMap(contentType, body, url);
            }
        } catch (UnknownFormatException e) {
            throw new SitemapException(reason(e, body, contentType, sitemapUrl), e);
        } catch (IOException | RuntimeException e) {
            throw new SitemapException("sitemap %s could not be read: %s".formatted(sitemapUrl, e.getMessage()), e);
        }
    }

    private static String reason(UnknownFormatException e, byte[] body, String contentType, URI sitemapUrl) {
        String start = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (start.contains("<html")) {
            return "sitemap %s is an HTML page, not a sitemap (check the address)".formatted(sitemapUrl);
        }
        SAXParseException xml = xmlError(e);
        if (xml != null) {
            if (xml.getMessage() != null && xml.getMessage().contains("DOCTYPE")) {
                return ("sitemap %s declares a DOCTYPE, which sitemaps have no use for; refused so that no external"
                        + " entity is read").formatted(sitemapUrl);
            }
            return "sitemap %s is not well-formed XML at line %d, column %d: %s".formatted(sitemapUrl,
                    xml.getLineNumber(), xml.getColumnNumber(), xml.getMessage());
        }
        if (start.stripLeading().startsWith("<")) {
            return "sitemap %s is XML but neither a urlset, a sitemapindex, RSS nor Atom".formatted(sitemapUrl);
        }
        return "sitemap %s is neither XML, gzip nor a list of URLs (served as %s; check the address)"
                .formatted(sitemapUrl, contentType == null ? "no content type" : contentType);
    }

    // A gzipped sitemap wraps the XML parser's error in one more exception.
    private static SAXParseException xmlError(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException xml) {
                return xml;
            }
        }
        return null;
    }

    private static Optional<URI> address(URL written, URI sitemapUrl, boolean strict, Set<URI> foreign) {
        Optional<URI> url = HttpAddresses.parse(written.toString());
        if (strict && url.isPresent() && !HttpAddresses.sameSite(url.get(), sitemapUrl)) {
            foreign.add(url.get());
            return Optional.empty();
        }
        return url;
    }
}
