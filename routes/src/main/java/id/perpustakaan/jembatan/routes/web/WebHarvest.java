package id.perpustakaan.jembatan.routes.web;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.LanguageTags;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.http.FetchException;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.connectors.http.Fetcher;
import id.perpustakaan.jembatan.connectors.web.ArticleFields;
import id.perpustakaan.jembatan.connectors.web.ListingSelectors;
import id.perpustakaan.jembatan.connectors.web.Listings;
import id.perpustakaan.jembatan.connectors.web.SelectorException;
import id.perpustakaan.jembatan.connectors.web.SitemapContent;
import id.perpustakaan.jembatan.connectors.web.SitemapEntry;
import id.perpustakaan.jembatan.connectors.web.SitemapException;
import id.perpustakaan.jembatan.connectors.web.Sitemaps;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.feed.EntryPage;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.normalise.html.HtmlContent;
import id.perpustakaan.jembatan.routes.normalise.html.HtmlNormaliser;
import id.perpustakaan.jembatan.routes.normalise.html.PageLanguage;
import org.jsoup.Jsoup;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;

/**
 * One run of a website source, in two steps so that one article's failure does not stop the others: find the
 * article addresses, then fetch each article (conditionally: an unchanged page is not downloaded again) and the
 * files it links to, each a document of its own under its address.
 */
public class WebHarvest {

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final KnownRevisions revisions;
    private final Clock clock;
    /**
     * Listing pages and sitemaps as last read, with their validators: fetched conditionally, a 304 reuses them.
     * Kept in memory; after a restart the first run fetches them in full.
     */
    private final Map<URI, Remembered<?>> navigation = new ConcurrentHashMap<>();

    private record Remembered<T>(String etag, Instant lastModified, T content) {
    }

    /** A file the article links to that could not be fetched: its own dead letter, not the article's. */
    record UnfetchedAttachment(URI file, URI linkedFrom, String reason) {
    }

    @FunctionalInterface
    private interface Reading<T, E extends Exception> {
        T read(FetchResponse response) throws E;
    }

    public WebHarvest(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions, Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Body: the source's article addresses. */
    public void findArticles(Exchange exchange) {
        SourceDefinition source = source(exchange);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        Fetcher fetcher = policies.fetcherFor(source);
        URI start = URI.create(source.location());
        List<URI> articles;
        try {
            articles = Boolean.parseBoolean(source.option(WebKind.SITEMAP, "false"))
                    ? fromSitemap(source, fetcher, start)
                    : Listings.collect(start, Integer.parseInt(source.option(WebKind.PAGE_LIMIT, "5")),
                            page -> remembered(fetcher, page, response -> Listings.read(response.body(),
                                    response.contentType(), page, new ListingSelectors(
                                            source.option(WebKind.ITEM_LINKS, ""), source.option(WebKind.NEXT_PAGE, ""),
                                            "", "", ""))));
        } catch (SelectorException | SitemapException e) {
            throw new ContentRejectedException("fetch", e.getMessage(), e);
        }
        exchange.getMessage().setBody(articles);
    }

    /**
     * Body: the article (unless unchanged) and the files it links to, as content for normalisation; a file that
     * cannot be fetched (a 404, a host outside the source's) as an {@link UnfetchedAttachment}, so that the article
     * is not lost for a broken link.
     */
    public void fetchArticle(Exchange exchange) {
        SourceDefinition source = source(exchange);
        URI article = exchange.getMessage().getBody(URI.class);
        exchange.setProperty(ExchangeFacts.LOCATOR, article.toString());
        Fetcher fetcher = policies.fetcherFor(source);
        List<Object> contents = new ArrayList<>();
        RawContent page = conditional(source, fetcher, article, "article.html");
        if (page != null) {
            contents.add(selected(source, article, page));
            HtmlContent links = HtmlNormaliser.normalise(new String(body(page), StandardCharsets.UTF_8),
                    article.toString());
            for (HtmlContent.Attachment attachment : links.attachments()) {
                URI file = URI.create(attachment.url());
                try {
                    RawContent fetched = conditional(source, fetcher, file, fileName(file));
                    if (fetched != null) {
                        contents.add(fetched);
                    }
                } catch (ContentRejectedException e) {
                    contents.add(new UnfetchedAttachment(file, article, e.getMessage()));
                }
            }
        }
        exchange.getMessage().setBody(contents);
    }

    /**
     * Names the item a split exchange carries; an attachment that could not be fetched is rejected here, under its
     * own address, saying which page links to it.
     */
    static void nameItem(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof UnfetchedAttachment unfetched) {
            exchange.setProperty(ExchangeFacts.LOCATOR, unfetched.file().toString());
            exchange.setProperty(ExchangeFacts.FILE_NAME, fileName(unfetched.file()));
            throw new ContentRejectedException("fetch", "attachment linked from " + unfetched.linkedFrom()
                    + " cannot be fetched: " + unfetched.reason());
        }
        ExchangeFacts.nameItem(exchange);
    }

    /**
     * With title, content or date selectors, the article is what they select (for a site whose layout defeats the
     * main-content extraction), and that selection is what is normalised and archived; otherwise the page as
     * fetched.
     */
    private RawContent selected(SourceDefinition source, URI article, RawContent page) {
        ListingSelectors selectors = new ListingSelectors(source.option(WebKind.ITEM_LINKS, "*"), "",
                source.option(WebKind.TITLE, ""), source.option(WebKind.CONTENT, ""), source.option(WebKind.DATE, ""));
        if (selectors.title() == null && selectors.content() == null && selectors.date() == null) {
            return page;
        }
        ArticleFields fields;
        try {
            fields = Listings.article(body(page), page.mediaType(), article, selectors);
        } catch (SelectorException e) {
            throw new ContentRejectedException("fetch", e.getMessage(), e);
        }
        Instant published = fields.date().isBlank() ? null : IndonesianDates.parse(fields.date(),
                clock.instant().atZone(LibraryTime.ZONE)).map(m -> m.value().toInstant()).orElse(null);
        byte[] html = EntryPage.html(fields.title(), null, fields.contentHtml(), published, List.of(), null,
                PageLanguage.of(Jsoup.parse(new String(body(page), StandardCharsets.UTF_8))).orElse(
                        page.declaredLanguage()))
                .getBytes(StandardCharsets.UTF_8);
        return new RawContent(page.sourceId(), page.locator(), page.fileName(), "text/html", html.length,
                Sha256.of(html), page.url(), page.fetchedAt(), page.lastModified(), page.etag(), page.connector(),
                () -> new ByteArrayInputStream(html));
    }

    private List<URI> fromSitemap(SourceDefinition source, Fetcher fetcher, URI sitemap) throws SitemapException {
        SitemapContent content = remembered(fetcher, sitemap, response -> Sitemaps.read(response.body(),
                response.contentType(), sitemap));
        List<SitemapEntry> pages = new ArrayList<>(content.pages());
        // one level of sitemap index: agencies' sites are small
        for (URI child : content.childSitemaps()) {
            pages.addAll(remembered(fetcher, child, response -> Sitemaps.read(response.body(),
                    response.contentType(), child)).pages());
        }
        String pattern = source.option(WebKind.PATH_PATTERN, "");
        List<SitemapEntry> wanted = pattern.isBlank() ? pages
                : Sitemaps.matching(new SitemapContent(pages, List.of()), Pattern.compile(pattern)).pages();
        return wanted.stream().map(SitemapEntry::url).toList();
    }

    /** What the address said, read again only when it changed since the last run. */
    @SuppressWarnings("unchecked")
    private <T, E extends Exception> T remembered(Fetcher fetcher, URI url, Reading<T, E> reading) throws E {
        Remembered<T> last = (Remembered<T>) navigation.get(url);
        FetchResponse response = fetch(fetcher, new FetchRequest(url, last == null ? null : last.etag(),
                last == null ? null : last.lastModified()));
        if (response.notModified() && last != null) {
            return last.content();
        }
        T content = reading.read(response);
        navigation.put(url, new Remembered<>(response.etag(), response.lastModified(), content));
        return content;
    }

    /** The address's content, or {@code null} when it did not change since the revision already harvested. */
    private RawContent conditional(SourceDefinition source, Fetcher fetcher, URI url, String fileName) {
        var seen = revisions.at(source.id(), url.toString());
        FetchResponse response = fetch(fetcher, new FetchRequest(url, seen.map(KnownRevisions.Seen::etag)
                .orElse(null), seen.map(KnownRevisions.Seen::lastModified).orElse(null)));
        if (response.notModified()) {
            return null;
        }
        byte[] body = response.body();
        return new RawContent(source.id(), url.toString(), fileName, response.contentType(), body.length,
                Sha256.of(body), url.toString(), clock.instant(), response.lastModified(), response.etag(),
                WebKind.KIND, () -> new ByteArrayInputStream(body),
                LanguageTags.primary(response.contentLanguage()).orElse(null));
    }

    private static byte[] body(RawContent raw) {
        try (var in = raw.body().open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "attachment" : name;
    }

    private SourceDefinition source(Exchange exchange) {
        return sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
    }

    private static FetchResponse fetch(Fetcher fetcher, FetchRequest request) {
        try {
            return fetcher.fetch(request);
        } catch (FetchException e) {
            // the next scheduled run tries again; until then one dead letter says why
            throw new ContentRejectedException("fetch", e.getMessage(), e);
        }
    }
}
