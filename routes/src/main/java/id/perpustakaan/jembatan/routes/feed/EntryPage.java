package id.perpustakaan.jembatan.routes.feed;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * What a feed entry or a selector-read article says, as a small web page: it then goes through the same HTML
 * normalisation (sanitising, metadata, attachments) as any page. A summary given as HTML (an RSS description
 * usually is) is markup there, never escaped into visible tags; its text is the page's description.
 */
public final class EntryPage {

    private EntryPage() {
    }

    /**
     * @param summaryHtml the entry's summary as HTML (plain text escaped by the caller), or null
     * @param language    the two-letter language the entry or its feed declares, or null
     */
    public static String html(String title, String summaryHtml, String contentHtml, Instant publishedAt,
                              List<String> categories, String author, String language) {
        String safeTitle = title == null ? "" : Entities.escape(title);
        // re-serialised by Jsoup so that an unbalanced fragment cannot close the article around it
        String summary = summaryHtml == null || summaryHtml.isBlank() ? null
                : Jsoup.parseBodyFragment(summaryHtml).body().html();
        String body = contentHtml != null && !contentHtml.isBlank() ? contentHtml
                : summary == null ? "" : "<div>" + summary + "</div>";
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html")
                .append(language == null ? "" : " lang=\"" + Entities.escape(language) + "\"")
                .append("><head><meta charset=\"utf-8\"><title>").append(safeTitle).append("</title>");
        meta(page, "name", "description", summary == null ? null : Jsoup.parseBodyFragment(summary).text());
        meta(page, "name", "keywords", categories == null || categories.isEmpty() ? null
                : String.join(", ", categories));
        meta(page, "name", "author", author);
        meta(page, "property", "article:published_time", publishedAt == null ? null : publishedAt.toString());
        return page.append("</head><body><article><h1>").append(safeTitle).append("</h1>").append(body)
                .append("</article></body></html>").toString();
    }

    /** A plain-text summary as HTML. */
    public static String fromText(String text) {
        return text == null ? null : "<p>" + Entities.escape(text) + "</p>";
    }

    private static void meta(StringBuilder page, String attribute, String name, String content) {
        if (content != null && !content.isBlank()) {
            page.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                    .append(Entities.escape(content)).append("\">");
        }
    }
}
