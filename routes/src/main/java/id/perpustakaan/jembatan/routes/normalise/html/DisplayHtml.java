package id.perpustakaan.jembatan.routes.normalise.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The article as HTML the portal can show as it is: text structure, lists, tables, links and images only; no
 * scripts, styles, frames, forms or event handlers; every link and image absolute; links followed by no one's
 * ranking and opened without handing over the portal's window.
 *
 * <p>{@code data:} images are dropped with every other {@code data:} URL: agencies link real images, inline ones are
 * mostly tracking pixels and lazy-loading placeholders, and an inline SVG opened on its own can run script.
 */
final class DisplayHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .preserveRelativeLinks(false)
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** Where lazy-loading scripts keep the real image until it scrolls into view. */
    private static final String[] LAZY_SOURCES = {"data-src", "data-original", "data-lazy-src", "data-lazy"};

    private DisplayHtml() {
    }

    static String of(Element article) {
        for (Element image : article.select("img")) {
            String src = image.attr("src");
            if (src.isBlank() || src.startsWith("data:")) {
                for (String lazy : LAZY_SOURCES) {
                    if (!image.attr(lazy).isBlank()) {
                        image.attr("src", image.attr(lazy));
                        break;
                    }
                }
            }
        }
        Document page = article.ownerDocument();
        if (page != null) {
            // pretty printing would add whitespace the page does not have
            page.outputSettings().prettyPrint(false);
        }
        return sanitise(article.outerHtml(), article.baseUri());
    }

    static String sanitise(String html, String baseUri) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, baseUri == null ? "" : baseUri, SAFELIST, output).strip();
    }
}
