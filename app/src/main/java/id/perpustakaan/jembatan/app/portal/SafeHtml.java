package id.perpustakaan.jembatan.app.portal;

import crawlercommons.domains.EffectiveTldFinder;
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

    /**
     * What a document's body may keep: text structure, lists, tables, links, and images from web addresses (the
     * agencies' posters and maps; relaxed keeps {@code src}, {@code alt}, {@code width} and {@code height}, and only
     * http and https sources). No scripts, styles, forms, frames or event handlers.
     */
    private static final Safelist CONTENT = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "http", "https", "mailto");

    /** Search highlights are escaped text with matches in {@code <mark>}: nothing else survives. */
    private static final Safelist HIGHLIGHT = Safelist.none().addTags("mark");

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /**
     * A document's HTML, cleaned for its page: telephone numbers tappable, tables scrolling sideways in a region of
     * their own (so a phone's page keeps its width), images loaded only when scrolled to.
     *
     * @param tableLabel what a table's region is called when the table has no caption ("Tabel")
     * @param home       the address the document was published at, or null: images are shown only from its site
     */
    static SafeHtml content(String untrusted, String tableLabel, String home) {
        if (untrusted == null || untrusted.isBlank()) {
            return new SafeHtml("");
        }
        Document dirty = Jsoup.parseBodyFragment(untrusted);
        Document clean = new Cleaner(CONTENT).clean(dirty);
        demoteHeadings(clean);
        // a link without words is announced as a bare address, or not at all; one whose address was refused
        // (javascript:, data:) would still look like a link and lead nowhere
        clean.select("a").stream().filter(a -> a.text().isBlank() || !a.hasAttr("href")).forEach(Element::unwrap);
        images(clean, home);
        scrollingTables(clean, tableLabel);
        PhoneLinks.link(clean.body());
        clean.outputSettings().prettyPrint(false);
        return new SafeHtml(clean.body().html());
    }

    /** A title's highlights: marks only (a title is written inside a link, so it gets no links of its own). */
    static SafeHtml highlight(String untrusted) {
        return new SafeHtml(untrusted == null ? "" : Jsoup.clean(untrusted, HIGHLIGHT));
    }

    /** A snippet's highlights: marks, and its telephone numbers tappable. */
    static SafeHtml snippet(String untrusted) {
        if (untrusted == null) {
            return new SafeHtml("");
        }
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(untrusted, HIGHLIGHT));
        PhoneLinks.link(clean.body());
        clean.outputSettings().prettyPrint(false);
        return new SafeHtml(clean.body().html());
    }

    /** Plain text made safe to write unescaped (for joining with highlights). */
    static SafeHtml text(String plain) {
        return new SafeHtml(plain == null ? "" : org.jsoup.nodes.Entities.escape(plain));
    }

    /** Plain text made safe to write unescaped, its telephone numbers tappable. */
    static SafeHtml textWithPhones(String plain) {
        if (plain == null || plain.isEmpty()) {
            return new SafeHtml("");
        }
        Document document = Document.createShell("");
        document.body().appendText(plain);
        PhoneLinks.link(document.body());
        document.outputSettings().prettyPrint(false);
        return new SafeHtml(document.body().html());
    }

    /**
     * Images load only when scrolled to, keep their size (so the text does not jump) and say what they show; one
     * without an alternative text is marked decorative rather than read out as its file name. Only images of the
     * agency's own site are kept (the domain it registered, so its CDN's host too): an image elsewhere — a counter,
     * a tracking pixel an editor pasted in — would tell a third party who reads what. An image whose source was
     * refused is dropped too.
     */
    private static void images(Document document, String home) {
        String site = siteOf(home);
        for (Element image : document.select("img")) {
            String source = webAddress(image.attr("src"));
            if (source == null || site == null || !site.equals(siteOf(source))) {
                image.remove();
                continue;
            }
            image.attr("loading", "lazy").attr("decoding", "async");
            if (!image.hasAttr("alt")) {
                image.attr("alt", "");
            }
        }
    }

    /** The domain an address's host belongs to ({@code disdik.sawahluntokota.go.id} → {@code sawahluntokota.go.id}). */
    private static String siteOf(String address) {
        if (address == null) {
            return null;
        }
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? null : EffectiveTldFinder.getAssignedDomain(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A table wider than a phone scrolls inside a region a keyboard can reach (tabindex) and a screen reader can name,
     * instead of widening the whole page.
     */
    private static void scrollingTables(Document document, String label) {
        int number = 0;
        for (Element table : document.select("table")) {
            number++;
            Element caption = table.selectFirst("caption");
            String name = caption != null && !caption.text().isBlank() ? caption.text() : label + " " + number;
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", name);
        }
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
