package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
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
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * One run of a feed source: the feed fetched conditionally (304: nothing to do), read with Rome, and each entry
 * turned into an HTML document for normalisation, or, with {@code fetch-article}, the entry's own page (also
 * fetched conditionally). Entries are identified by their guid, so a changed entry is a new revision of the same
 * document.
 */
public class FeedHarvest implements Processor {

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final KnownRevisions revisions;
    private final Clock clock;
    /** The feed's own validators; lost on restart, which costs one unconditional fetch of each feed. */
    private final Map<String, FetchResponse> lastFeedResponse = new ConcurrentHashMap<>();

    public FeedHarvest(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions, Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        SourceDefinition source = sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        Fetcher fetcher = policies.fetcherFor(source);
        FetchResponse previous = lastFeedResponse.get(source.id());
        FetchResponse response = fetch(fetcher, new FetchRequest(URI.create(source.location()),
                previous == null ? null : previous.etag(), previous == null ? null : previous.lastModified()));
        List<RawContent> items = new ArrayList<>();
        if (!response.notModified()) {
            FeedContent feed = FeedReader.read(response.body(), response.contentType(), response.url());
            boolean fetchArticle = Boolean.parseBoolean(source.option(FeedKind.FETCH_ARTICLE, "false"));
            for (FeedItem item : feed.items()) {
                (fetchArticle && item.link() != null ? article(source, fetcher, item) : Optional.of(entry(source,
                        item))).ifPresent(items::add);
            }
            lastFeedResponse.put(source.id(), response);
        }
        exchange.getMessage().setBody(items);
    }

    private RawContent entry(SourceDefinition source, FeedItem item) {
        byte[] page = EntryPage.html(item.title(), item.summary(), item.contentHtml(), item.publishedAt(),
                item.categories(), item.author()).getBytes(StandardCharsets.UTF_8);
        return raw(source, item.guid(), item.link(), page, null, null);
    }

    private Optional<RawContent> article(SourceDefinition source, Fetcher fetcher, FeedItem item) {
        String locator = item.link().toString();
        var seen = revisions.at(source.id(), locator);
        FetchResponse page = fetch(fetcher, new FetchRequest(item.link(), seen.map(s -> s.etag()).orElse(null),
                seen.map(s -> s.lastModified()).orElse(null)));
        if (page.notModified()) {
            return Optional.empty();
        }
        return Optional.of(raw(source, locator, page.url(), page.body(), page.etag(), page.lastModified()));
    }

    private RawContent raw(SourceDefinition source, String locator, URI url, byte[] body, String etag,
                           java.time.Instant lastModified) {
        return new RawContent(source.id(), locator, "entry.html", "text/html", body.length,
                Sha256.of(body), url == null ? null : url.toString(),
                clock.instant(), lastModified, etag, FeedKind.KIND, () -> new ByteArrayInputStream(body));
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
