package id.perpustakaan.jembatan.app.portal;

import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML that may be written unescaped into a page ({@code th:utext}): the only way to make one is to clean
 * untrusted markup here. Document HTML was sanitised at ingest already, but the page does not rely on that: an
 * index can be written by other hands, and the rules here are the page's own.
 */
final class SafeHtml {

    /** What a document's body may keep: text structure, lists, tables, links. No images (they would load from the
     *  agencies' hosts), no scripts, styles, forms, frames or event handlers. */
    private static final Safelist CONTENT = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "http", "https", "mailto");

    /** Search highlights are escaped text with matches in {@code <mark>}: nothing else survives. */
    private static final Safelist HIGHLIGHT = Safelist.none().addTags("mark");

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    static SafeHtml content(String untrusted) {
        if (untrusted == null || untrusted.isBlank()) {
            return new SafeHtml("");
        }
        Document dirty = Jsoup.parseBodyFragment(untrusted);
        Document clean = new Cleaner(CONTENT).clean(dirty);
        demoteHeadings(clean);
        // a link without words is announced as a bare address, or not at all
        clean.select("a").stream().filter(a -> a.text().isBlank()).forEach(Element::unwrap);
        clean.outputSettings().prettyPrint(false);
        return new SafeHtml(clean.body().html());
    }

    static SafeHtml highlight(String untrusted) {
        return new SafeHtml(untrusted == null ? "" : Jsoup.clean(untrusted, HIGHLIGHT));
    }

    /** Plain text made safe to write unescaped (for joining with highlights). */
    static SafeHtml text(String plain) {
        return new SafeHtml(plain == null ? "" : org.jsoup.nodes.Entities.escape(plain));
    }

    /** The address when it is a web address, otherwise {@code null}: no {@code javascript:} or {@code data:} hrefs. */
    static String webAddress(String untrusted) {
        if (untrusted == null) {
            return null;
        }
        try {
            URI uri = URI.create(untrusted.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page's own title is the only h1: the document's headings move one level down, keeping their order. */
    private static void demoteHeadings(Document document) {
        for (int level = 5; level >= 1; level--) {
            for (Element heading : document.select("h" + level)) {
                heading.tagName("h" + (level + 1));
            }
        }
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }
}
