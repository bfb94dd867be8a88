package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.LanguageTags;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.feed.FeedContent;
import id.perpustakaan.jembatan.connectors.feed.FeedItem;
import id.perpustakaan.jembatan.connectors.feed.FeedReader;
import id.perpustakaan.jembatan.connectors.http.FetchException;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.connectors.http.Fetcher;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.source.ListingValidators;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * One run of a feed source, in steps so that nothing is lost: the feed fetched conditionally and read with Rome;
 * then each entry on its own (an HTML document of what it says, or with {@code fetch-article} its own page, fetched
 * conditionally), so that one entry's failure costs that entry only; and last, once every entry reached Kafka or
 * its own dead letter, the feed's validators kept for the next run's conditional fetch ({@link ListingValidators}).
 */
public class FeedHarvest {

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final KnownRevisions revisions;
    private final ListingValidators listings;
    private final Clock clock;

    public FeedHarvest(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions, SourceRuns runs,
                       Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.revisions = revisions;
        this.listings = new ListingValidators(runs);
        this.clock = clock;
    }

    /** Body: the feed's entries; empty when the feed did not change since its last complete run. */
    public void readFeed(Exchange exchange) {
        SourceDefinition source = source(exchange);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        FetchResponse response = policies.fetch(source, listings.request(source.id(),
                URI.create(source.location())));
        if (listings.unchanged(source.id(), response)) {
            exchange.getMessage().setBody(List.of());
            return;
        }
        List<FeedItem> entries;
        try {
            entries = entries(response);
        } catch (ContentRejectedException e) {
            throw listings.refused(source.id(), response, e);
        }
        listings.read(exchange, response);
        exchange.getMessage().setBody(entries);
    }

    /**
     * The entries of a fetched feed, each with the feed's language or, failing that, the answer's
     * {@code Content-Language}; for {@link #entryContent(Exchange)} of the source. Also for another kind that reads
     * a site's feed when its own way is closed (a WordPress site's REST API).
     */
    public List<FeedItem> entries(FetchResponse response) {
        FeedContent feed = FeedReader.read(response.body(), response.contentType(), response.url());
        String headerLanguage = LanguageTags.primary(response.contentLanguage()).orElse(null);
        return feed.items().stream().map(item -> item.language() != null || headerLanguage == null ? item
                : withLanguage(item, headerLanguage)).toList();
    }

    /**
     * Body: one entry as content for normalisation, or {@code null} when its article page did not change. An
     * article page that cannot be fetched is this entry's dead letter; when the next run may succeed (a timeout, a
     * 503) the feed's validators are held back so that it tries again.
     */
    public void entryContent(Exchange exchange) {
        SourceDefinition source = source(exchange);
        FeedItem item = exchange.getMessage().getBody(FeedItem.class);
        exchange.setProperty(ExchangeFacts.LOCATOR, item.link() == null ? item.guid() : item.link().toString());
        boolean fetchArticle = Boolean.parseBoolean(source.option(FeedKind.FETCH_ARTICLE, "false"));
        if (!fetchArticle || item.link() == null) {
            exchange.getMessage().setBody(entry(source, item));
            return;
        }
        try {
            exchange.getMessage().setBody(article(source, policies.fetcherFor(source), item));
        } catch (FetchException e) {
            if (e.retryable()) {
                listings.retryNextRun(exchange);
            }
            throw new ContentRejectedException("fetch", "article page of feed entry '" + item.title() + "': "
                    + e.getMessage(), e);
        }
    }

    /** The run is complete: every entry reached Kafka or its own dead letter. */
    public void runAcknowledged(Exchange exchange) {
        listings.runAcknowledged(exchange, source(exchange).id());
    }

    private RawContent entry(SourceDefinition source, FeedItem item) {
        String summary = item.summaryIsHtml() ? item.summary() : EntryPage.fromText(item.summary());
        byte[] page = EntryPage.html(item.title(), summary, item.contentHtml(), item.publishedAt(),
                item.categories(), item.author(), item.language()).getBytes(StandardCharsets.UTF_8);
        return raw(source, item.guid(), item.link(), page, null, null, item.language());
    }

    private RawContent article(SourceDefinition source, Fetcher fetcher, FeedItem item) throws FetchException {
        String locator = item.link().toString();
        var seen = revisions.at(source.id(), locator);
        FetchResponse page = fetcher.fetch(new FetchRequest(item.link(), seen.map(KnownRevisions.Seen::etag)
                .orElse(null), seen.map(KnownRevisions.Seen::lastModified).orElse(null)));
        if (page.notModified()) {
            return null;
        }
        // the page's own lang, read during normalisation, comes first; then its header; then the feed's
        String language = LanguageTags.primary(page.contentLanguage()).orElse(item.language());
        return raw(source, locator, page.url(), page.body(), page.etag(), page.lastModified(), language);
    }

    private RawContent raw(SourceDefinition source, String locator, URI url, byte[] body, String etag,
                           Instant lastModified, String language) {
        return new RawContent(source.id(), locator, "entry.html", "text/html", body.length,
                Sha256.of(body), url == null ? null : url.toString(),
                clock.instant(), lastModified, etag, FeedKind.KIND, () -> new ByteArrayInputStream(body), language);
    }

    private static FeedItem withLanguage(FeedItem item, String language) {
        return new FeedItem(item.guid(), item.link(), item.title(), item.summary(), item.summaryIsHtml(),
                item.contentHtml(), item.publishedAt(), item.updatedAt(), item.author(), item.categories(), language);
    }

    private SourceDefinition source(Exchange exchange) {
        return sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
    }
}
