package id.perpustakaan.jembatan.connectors.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, as published.
 *
 * @param guid        the item's identity across runs: the entry's Atom {@code id} or RSS {@code guid}, else its link,
 *                    else {@code sha256:} of title and publication date. Later runs compare it to decide whether an
 *                    item is new, so it must not change when the agency edits the text; the hash is the last resort
 *                    because it does.
 * @param link        absolute, resolved against xml:base and the feed address; null when the entry has none
 * @param summary     as the feed gives it: HTML when the feed marks it as HTML, else plain text
 * @param summaryIsHtml whether {@code summary} is HTML (an RSS description usually is), to be sanitised and never
 *                    shown as escaped tags
 * @param contentHtml the full content ({@code content:encoded}, Atom {@code content}) kept as HTML for the sanitiser
 *                    further down the pipeline, with relative URLs made absolute; null when there is none
 * @param publishedAt null when the feed gives no date Rome can read
 * @param categories  category names in feed order, without duplicates
 * @param language    the two-letter language the entry declares ({@code xml:lang}, {@code dc:language}), else the
 *                    feed's ({@code <language>id-ID</language>}); null when neither says
 */
public record FeedItem(String guid, URI link, String title, String summary, boolean summaryIsHtml,
                       String contentHtml, Instant publishedAt, Instant updatedAt, String author,
                       List<String> categories, String language) {

    public FeedItem {
        categories = List.copyOf(categories);
    }
}
