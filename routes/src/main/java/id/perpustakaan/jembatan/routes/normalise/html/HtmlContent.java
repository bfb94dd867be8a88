package id.perpustakaan.jembatan.routes.normalise.html;

import java.time.Instant;
import java.util.List;

/**
 * What a web page says once its navigation, sidebars, share bars and comments are gone.
 *
 * @param title        the page's own title, without the site name
 * @param description  the page's summary from its metadata, or {@code null}
 * @param text         the main content as plain text, paragraphs separated by blank lines
 * @param html         the main content as sanitised HTML, safe to show on the portal, every URL absolute
 * @param publishedAt  when the page says it was published, or {@code null}
 * @param canonicalUrl the page's own absolute address, or {@code null} when neither the page nor the caller knows it
 * @param attachments  the documents the page offers for download, absolute and without duplicates
 */
public record HtmlContent(String title, String description, String text, String html, Instant publishedAt,
        String canonicalUrl, List<Attachment> attachments) {

    public HtmlContent {
        attachments = List.copyOf(attachments);
    }

    /**
     * A link to a document (PDF, office file, archive) offered by the page.
     *
     * @param url  absolute address of the document
     * @param text what the link says, or the file name when it says nothing
     */
    public record Attachment(String url, String text) {
    }
}
