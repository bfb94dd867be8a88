package id.perpustakaan.jembatan.routes.feed;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * What a feed entry or a selector-read article says, as a small web page: it then goes through the same HTML
 * normalisation (sanitising, metadata, attachments) as any page.
 */
public final class EntryPage {

    private EntryPage() {
    }

    public static String html(String title, String summary, String contentHtml, Instant publishedAt,
                              List<String> categories, String author) {
        String safeTitle = title == null ? "" : Entities.escape(title);
        String body = contentHtml != null && !contentHtml.isBlank() ? contentHtml
                : summary == null ? "" : "<p>" + Entities.escape(summary) + "</p>";
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(safeTitle).append("</title>");
        meta(page, "name", "description", summary);
        meta(page, "name", "keywords", categories == null || categories.isEmpty() ? null
                : String.join(", ", categories));
        meta(page, "name", "author", author);
        meta(page, "property", "article:published_time", publishedAt == null ? null : publishedAt.toString());
        return page.append("</head><body><article><h1>").append(safeTitle).append("</h1>").append(body)
                .append("</article></body></html>").toString();
    }

    private static void meta(StringBuilder page, String attribute, String name, String content) {
        if (content != null && !content.isBlank()) {
            page.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                    .append(Entities.escape(content)).append("\">");
        }
    }
}
