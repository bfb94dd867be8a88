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
        // a link without words is announced as a bare address, or not at all; one whose address was refused
        // (javascript:, data:) would still look like a link and lead nowhere
        clean.select("a").stream().filter(a -> a.text().isBlank() || !a.hasAttr("href")).forEach(Element::unwrap);
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

    /**
     * The page's title is its only h1 and the content sits under an h2 of the page ("Isi dokumen"): the document's
     * headings move two levels down, keeping their order; the deepest ones all become h6.
     */
    private static void demoteHeadings(Document document) {
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + 2));
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
