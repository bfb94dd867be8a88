package id.perpustakaan.jembatan.routes.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.feed.FeedItem;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressApiUnavailable;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressHome;
import id.perpustakaan.jembatan.connectors.wordpress.WordPressPost;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.feed.FeedHarvest;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.source.ListingValidators;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a WordPress source. The site's REST API is asked for the posts (and pages, when the source takes them)
 * in the order they last changed, page after page; after the first complete run only for those changed since the
 * latest change that run saw, so a site of thousands of posts costs a request or two a run. Each post is then read
 * on its own: skipped when it is the same as last time, else made a page of its rendered content and sent to
 * normalisation with its title, excerpt, dates, categories and tags. While the API is closed to the public the
 * site's feed is read instead, through the feed kind's own steps, and the log says so at every such run; its
 * entries are the same documents (WordPress gives a post the same guid in both), and a run through the feed leaves
 * the API's progress as it was. A post deleted on the site is not noticed.
 */
public class WordPressHarvest {

    private static final Logger log = LoggerFactory.getLogger(WordPressHarvest.class);

    /** One record of the run, unread, where it was found, and the names of the terms the run had to ask for. */
    record Listed(JsonNode node, String type, int position, Map<Long, WordPressPost.Term> termNames) {
    }

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final KnownRevisions revisions;
    private final ListingValidators listings;
    private final FeedHarvest feeds;
    private final WordPressApi api;
    private final Clock clock;

    public WordPressHarvest(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions, SourceRuns runs,
                            FeedHarvest feeds, Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.revisions = revisions;
        this.listings = new ListingValidators(runs);
        this.feeds = feeds;
        this.api = new WordPressApi(policies);
        this.clock = clock;
    }

    /** Body: the records changed since the last complete run, every page of them; or the feed's entries. */
    public void readSite(Exchange exchange) {
        SourceDefinition source = source(exchange);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        List<String> types = WordPressKind.postTypes(source);
        String listed = String.join(",", types);
        Optional<Instant> since = listings.lastModified(source.id(), listed);
        Supplier<WordPressHome> home = homePage(source);
        List<Listed> records = new ArrayList<>();
        Instant latest = null;
        Instant latestOfCut = null;
        for (String type : types) {
            WordPressApi.Changes changes;
            try {
                changes = api.read(source, type, since, home);
            } catch (WordPressApiUnavailable closed) {
                if (type.equals(types.get(0))) {
                    exchange.getMessage().setBody(feedInstead(source, closed.getMessage(), home));
                    return;
                }
                // the API answered for the types before: this one is closed, not the API
                throw new ContentRejectedException("read", "the " + type + " of the WordPress REST API of "
                        + source.location() + " cannot be read: " + closed.getMessage());
            }
            Map<Long, WordPressPost.Term> names = api.termNames(source, changes);
            Instant latestOfType = null;
            for (JsonNode node : changes.posts()) {
                records.add(new Listed(node, type, records.size() + 1, names));
                Instant modified = modifiedOf(node);
                if (modified != null && (latestOfType == null || modified.isAfter(latestOfType))) {
                    latestOfType = modified;
                }
            }
            if (latestOfType != null && (latest == null || latestOfType.isAfter(latest))) {
                latest = latestOfType;
            }
            // a type read only part way goes on from its own latest change, whatever the other types saw
            if (changes.cut() && latestOfType != null
                    && (latestOfCut == null || latestOfType.isBefore(latestOfCut))) {
                latestOfCut = latestOfType;
            }
        }
        Instant reached = latestOfCut != null ? latestOfCut : latest != null ? latest : since.orElse(null);
        listings.read(exchange, listed, reached);
        exchange.getMessage().setBody(records);
    }

    /**
     * Body: one post as content for normalisation, or {@code null} when it did not change since last time; a feed
     * entry as the feed kind makes it.
     */
    public void itemContent(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof FeedItem) {
            feeds.entryContent(exchange);
            return;
        }
        SourceDefinition source = source(exchange);
        Listed listed = exchange.getMessage().getBody(Listed.class);
        // its link when it has one: a refusal repeated at the next run is the same item's, wherever it is listed
        String link = listed.node().path("link").asText("").strip();
        exchange.setProperty(ExchangeFacts.LOCATOR, link.isEmpty() ? listed.type() + " " + listed.position() : link);
        WordPressPost post = WordPressPost.of(listed.node(), listed.position());
        exchange.setProperty(ExchangeFacts.LOCATOR, post.link().toString());
        if (!policies.allowedHosts(source).permits(post.link())) {
            throw new ContentRejectedException("read", "post " + post.id() + (post.title() == null ? ""
                    : " ('" + post.title() + "')") + " links to " + post.link() + ", outside the source's allowed"
                    + " hosts " + policies.allowedHosts(source) + " (add its host to the source's allowed-hosts if"
                    + " the site is served there)");
        }
        List<String> terms = post.termNames(listed.termNames());
        String validator = "wordpress-post:" + Sha256.of(listed.node().toString() + terms);
        if (revisions.at(source.id(), post.locator()).filter(seen -> validator.equals(seen.etag())).isPresent()) {
            exchange.getMessage().setBody(null);
            return;
        }
        byte[] body = WordPressFacts.page(post, terms).getBytes(StandardCharsets.UTF_8);
        exchange.getMessage().setBody(new RawContent(source.id(), post.locator(), fileName(listed.type()),
                "text/html", body.length, Sha256.of(body), post.link().toString(), clock.instant(),
                post.modifiedAt(), validator, WordPressKind.KIND, () -> new ByteArrayInputStream(body), null,
                WordPressFacts.of(post, terms)));
    }

    /** The run is complete: every record reached Kafka or its own dead letter. */
    public void runAcknowledged(Exchange exchange) {
        listings.runAcknowledged(exchange, source(exchange).id());
    }

    /**
     * The feed's entries, each a document as a feed source makes it. The feed is read in full each time: its
     * validators would take the place of the API's progress, which a run through the feed keeps for when the API
     * opens again; an unchanged entry still writes nothing.
     */
    private List<FeedItem> feedInstead(SourceDefinition source, String why, Supplier<WordPressHome> home) {
        URI feed = WordPressKind.feed(source).or(() -> home.get().feed())
                .orElseGet(() -> WordPressApi.site(source).resolve("feed/"));
        log.info("source '{}': the WordPress REST API cannot be read ({}); reading the site's feed {} instead",
                source.id(), why, feed);
        try {
            return feeds.entries(policies.fetch(source, FetchRequest.of(feed)));
        } catch (ContentRejectedException e) {
            throw new ContentRejectedException(e.stage(), "the WordPress REST API of " + source.location()
                    + " cannot be read (" + why + "), nor its feed " + feed + ": " + e.getMessage(), e);
        }
    }

    /** The home page, read once a run at most and only when asked: where the API is, which the feed is. */
    private Supplier<WordPressHome> homePage(SourceDefinition source) {
        return new Supplier<>() {
            private WordPressHome home;

            @Override
            public WordPressHome get() {
                if (home == null) {
                    URI site = WordPressApi.site(source);
                    try {
                        home = WordPressHome.read(policies.fetch(source, FetchRequest.of(site)).body(), site);
                    } catch (ContentRejectedException e) {
                        log.info("source '{}': its home page cannot be read ({})", source.id(), e.getMessage());
                        home = new WordPressHome(Optional.empty(), Optional.empty());
                    }
                }
                return home;
            }
        };
    }

    private static String fileName(String type) {
        return type.equals("pages") ? "page.html" : "post.html";
    }

    private static Instant modifiedOf(JsonNode node) {
        return node != null && node.isObject() ? WordPressPost.modified(node) : null;
    }

    private SourceDefinition source(Exchange exchange) {
        return sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
    }
}
