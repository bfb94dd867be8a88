package id.perpustakaan.jembatan.connectors.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** Fetched HTML made into a document, and a source's selectors checked and applied to it. */
final class HtmlPages {

    private static final Pattern CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\\s;\"']+)");

    private HtmlPages() {
    }

    /**
     * Decodes with the charset the server sent; without one Jsoup looks for a byte-order mark and a meta charset
     * and falls back to UTF-8.
     */
    static Document parse(byte[] html, String contentType, URI pageUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), declaredCharset(contentType), pageUrl.toString());
        } catch (IOException notFromMemory) {
            throw new UncheckedIOException(notFromMemory);
        }
    }

    /** The selector compiled, or null when it is not given. */
    static Evaluator compile(String css) throws SelectorException {
        if (css == null) {
            return null;
        }
        try {
            return Selector.evaluatorOf(css);
        } catch (Selector.SelectorParseException e) {
            throw new SelectorException(css, "selector '%s' is not valid CSS: %s".formatted(css, e.getMessage()), e);
        }
    }

    static Elements select(Element root, Evaluator selector) {
        return selector == null ? new Elements() : root.select(selector);
    }

    /**
     * The address an element links to: its own {@code href}, or for a wrapper such as an article card or a
     * pagination item, the first link inside it.
     */
    static Optional<URI> linkOf(Element element) {
        Element link = element.hasAttr("href") ? element : element.selectFirst("a[href], area[href]");
        return link == null ? Optional.empty() : HttpAddresses.parse(link.absUrl("href"));
    }

    private static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            // An unknown name in the header is the server's mistake; the page's own declaration may still be right.
            return Charset.isSupported(m.group(1)) ? m.group(1) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
