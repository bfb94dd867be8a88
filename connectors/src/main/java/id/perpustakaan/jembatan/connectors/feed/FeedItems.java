package id.perpustakaan.jembatan.connectors.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import id.perpustakaan.jembatan.connectors.LanguageTags;
import id.perpustakaan.jembatan.connectors.Sha256;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Rome's entries as {@link FeedItem}s. */
final class FeedItems {

    private FeedItems() {
    }

    /**
     * @param feedBase the feed's address, already resolved against the feed's own xml:base
     * @param language what the entry's own element declares ({@code xml:lang}), else the feed's; may be null
     */
    static FeedItem from(SyndEntry entry, URI feedBase, String language) {
        URI base = entryBase(entry, feedBase);
        URI link = FeedText.uri(entry.getLink(), base);
        String title = FeedText.title(entry.getTitle(), entry.getTitleEx());
        SyndContent description = entry.getDescription();
        String summary = description == null ? null
                : FeedText.isHtml(description) ? FeedText.asHtml(description, base) : FeedText.clean(description.getValue());
        Instant published = instant(entry.getPublishedDate());
        String content = contentHtml(entry.getContents(), base);
        return new FeedItem(
                guid(entry, link, title, published, summary, content),
                link,
                title,
                summary,
                description != null && FeedText.isHtml(description),
                content,
                published,
                instant(entry.getUpdatedDate()),
                author(entry),
                categories(entry.getCategories()),
                LanguageTags.primary(dcLanguage(entry)).or(() -> LanguageTags.primary(language)).orElse(null));
    }

    private static String dcLanguage(SyndEntry entry) {
        return entry.getModule(DCModule.URI) instanceof DCModule dc ? dc.getLanguage() : null;
    }

    /**
     * The id the feed gives, else the link, else a hash. Rome puts the RSS guid or the Atom id into {@code uri} and,
     * for RSS items without a guid, the link; in that case the resolved link is used so a relative link does not
     * become the identity. The hash covers title and date (and the summary or content when there is no title, so two
     * untitled items stay apart); it is the last resort because an edited title makes the item new again.
     */
    private static String guid(SyndEntry entry, URI link, String title, Instant published, String summary,
                               String content) {
        String id = FeedText.clean(entry.getUri());
        if (id != null && !id.equals(FeedText.clean(entry.getLink()))) {
            return id;
        }
        if (link != null) {
            return link.toString();
        }
        if (id != null) {
            return id;
        }
        String basis = Objects.toString(title, "") + "\n" + Objects.toString(published, "")
                + (title == null ? "\n" + Objects.toString(summary, Objects.toString(content, "")) : "");
        return "sha256:" + Sha256.of(basis);
    }

    private static URI entryBase(SyndEntry entry, URI feedBase) {
        if (entry.getWireEntry() instanceof Entry atom && atom.getXmlBase() != null) {
            URI entryBase = FeedText.uri(atom.getXmlBase(), feedBase);
            if (entryBase != null) {
                return entryBase;
            }
        }
        return feedBase;
    }

    private static String contentHtml(List<SyndContent> contents, URI base) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : contents) {
            String html = FeedText.asHtml(content, base);
            if (html != null) {
                parts.add(html);
            }
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static String author(SyndEntry entry) {
        String author = FeedText.clean(entry.getAuthor());
        if (author != null) {
            return author;
        }
        for (SyndPerson person : entry.getAuthors()) {
            String name = FeedText.clean(person.getName());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<String> categories(List<SyndCategory> categories) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory category : categories) {
            String name = FeedText.clean(category.getName());
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
