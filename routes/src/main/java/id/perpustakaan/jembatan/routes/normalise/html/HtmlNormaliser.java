package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an agency's web page into its content: title, description, publication time and canonical address from
 * the page's metadata, the article without the site around it as text and as safe HTML, and its attachments.
 */
public final class HtmlNormaliser {

    private HtmlNormaliser() {
    }

    /**
     * @param html    the page as fetched
     * @param baseUrl the address it was fetched from, against which relative links are resolved (a
     *                {@code <base href>} in the page takes precedence); may be {@code null}
     */
    public static HtmlContent normalise(String html, String baseUrl) {
        Document page = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        PageMetadata metadata = PageMetadata.of(page, baseUrl);
        Element article = MainContent.extract(page);
        List<HtmlContent.Attachment> attachments = Attachments.in(article);
        if (attachments.isEmpty()) {
            attachments = Attachments.in(page.body());
        }
        String text = PlainText.of(article);
        return new HtmlContent(metadata.title(), metadata.description(), text, DisplayHtml.of(article),
                metadata.publishedAt(), metadata.canonicalUrl(), attachments);
    }
}
