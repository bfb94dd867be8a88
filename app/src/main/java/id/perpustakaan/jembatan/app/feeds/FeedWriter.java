package id.perpustakaan.jembatan.app.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import id.perpustakaan.jembatan.app.portal.EventWhen;
import id.perpustakaan.jembatan.indexer.search.SearchResult.Hit;
import id.perpustakaan.jembatan.model.Event;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a feed of search hits: RSS 2.0 and Atom 1.0 with Rome, JSON Feed 1.1 with Jackson. An entry's id (RSS
 * guid, Atom id) is the document's, stable across revisions; its dates are the document's own.
 */
final class FeedWriter {

    /** The category and tag of serta merta information, which readers can pick out or push. */
    static final String URGENT = "serta-merta";

    private static final EventWhen WHEN = new EventWhen(Locale.forLanguageTag("id"));

    private final JsonMapper json;

    FeedWriter(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param self the feed's own absolute address
     * @param home the page that shows the same documents
     * @param base the application's absolute address, for document links
     */
    record Channel(String title, String description, String self, String home, String base, String author) {
    }

    String write(FeedFormat format, Channel channel, List<Hit> hits) {
        if (format == FeedFormat.JSON) {
            return jsonFeed(channel, hits);
        }
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setEncoding("UTF-8");
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLink(channel.home());
        feed.setUri(channel.self());
        feed.setLanguage("id");
        feed.setAuthor(channel.author());
        feed.setLinks(List.of(link("self", channel.self(), format.mediaType().toString()),
                link("alternate", channel.home(), null)));
        feed.setPublishedDate(date(latest(hits)));
        feed.setEntries(hits.stream().map(hit -> entry(hit, channel, format)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("feed '" + channel.self() + "' cannot be written: " + e.getMessage(), e);
        }
    }

    private static SyndEntry entry(Hit hit, Channel channel, FeedFormat format) {
        boolean rss = format == FeedFormat.RSS;
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(guid(hit));
        entry.setTitle(rss ? rssTitle(hit.title()) : hit.title());
        entry.setLink(link(hit, channel));
        entry.setPublishedDate(date(hit.publishedAt() != null ? hit.publishedAt() : hit.harvestedAt()));
        entry.setUpdatedDate(date(hit.updatedAt()));
        entry.setAuthor(hit.agency() == null ? channel.author() : hit.agency().name());
        String summary = summary(hit);
        if (summary != null) {
            var description = new SyndContentImpl();
            // RSS readers take an item's description as HTML: the plain summary is encoded as HTML first, so a
            // "<script>" in an agency's text is shown as text, never run. Atom says type="text" and needs nothing.
            description.setType(rss ? "text/html" : "text/plain");
            description.setValue(rss ? HtmlUtils.htmlEscape(summary, "UTF-8") : summary);
            entry.setDescription(description);
        }
        List<SyndCategory> categories = new ArrayList<>();
        if (hit.kind() != null) {
            categories.add(category(hit.kind().name().toLowerCase(Locale.ROOT)));
        }
        if (hit.urgent()) {
            categories.add(category(URGENT));
        }
        hit.tags().forEach(tag -> categories.add(category(tag)));
        entry.setCategories(categories);
        if (hit.originalFileName() != null) {
            SyndEnclosure original = new SyndEnclosureImpl();
            original.setUrl(channel.base() + "/api/documents/" + hit.id() + "/original");
            original.setType(hit.originalMediaType());
            original.setLength(hit.originalSize() == null ? 0 : hit.originalSize());
            entry.setEnclosures(List.of(original));
        }
        return entry;
    }

    private String jsonFeed(Channel channel, List<Hit> hits) {
        List<JsonFeed.Item> items = hits.stream().map(hit -> new JsonFeed.Item(guid(hit), link(hit, channel),
                hit.url(), hit.title(), summary(hit), summary(hit) == null ? "" : summary(hit),
                hit.publishedAt() != null ? hit.publishedAt() : hit.harvestedAt(), hit.updatedAt(),
                hit.agency() == null ? null : List.of(new JsonFeed.Author(hit.agency().name())),
                tags(hit),
                hit.originalFileName() == null ? null : List.of(new JsonFeed.Attachment(
                        channel.base() + "/api/documents/" + hit.id() + "/original",
                        hit.originalMediaType(), hit.originalFileName(), hit.originalSize())), hit.event()))
                .toList();
        var feed = new JsonFeed(JsonFeed.VERSION, channel.title(), channel.home(), channel.self(),
                channel.description(), "id", List.of(new JsonFeed.Author(channel.author())), items);
        try {
            return json.writeValueAsString(feed);
        } catch (JacksonException e) {
            throw new IllegalStateException("feed '" + channel.self() + "' cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * An event's summary starts with when and where it is ("Kamis, 12 Maret 2026, 09.00–12.00 WIB · Aula …"), or
     * that it was called off: what a reader of the feed needs first.
     */
    private static String summary(Hit hit) {
        if (hit.event() == null) {
            return hit.summary();
        }
        Event event = hit.event();
        StringBuilder line = new StringBuilder(event.cancelled() ? "DIBATALKAN · " : "")
                .append(WHEN.of(event));
        if (event.place() != null && !event.place().line().isEmpty()) {
            line.append(" · ").append(event.place().line());
        }
        return hit.summary() == null ? line.toString() : line + "\n" + hit.summary();
    }

    /** The document's page on the portal, which shows it with its sources and original, in the reader's language. */
    private static String link(Hit hit, Channel channel) {
        return channel.base() + "/dokumen/" + URLEncoder.encode(hit.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * RSS does not say whether a title is text or HTML, and readers do both: angle brackets are encoded as HTML, so
     * readers that decode HTML show them as text; an ampersand stays as it is, which both kinds show alike.
     */
    static String rssTitle(String title) {
        return title == null ? null : title.replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Not a link: an id that stays when the document moves or changes. */
    static String guid(Hit hit) {
        return "urn:jembatan:document:" + hit.id();
    }

    static Instant latest(List<Hit> hits) {
        return hits.stream().map(Hit::updatedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    /** The kind, "serta-merta" when urgent, and the document's tags. */
    private static List<String> tags(Hit hit) {
        List<String> all = new ArrayList<>();
        if (hit.kind() != null) {
            all.add(hit.kind().name().toLowerCase(Locale.ROOT));
        }
        if (hit.urgent()) {
            all.add(URGENT);
        }
        all.addAll(hit.tags());
        return all;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
