package id.perpustakaan.jembatan.connectors.feed;

import com.rometools.rome.feed.synd.SyndContent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/** The text values of a feed as the pipeline wants them: trimmed, null when empty, URLs absolute. */
final class FeedText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String ALLOWED = "-._~:/?#@!$&'()*+,;=%";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FeedText() {
    }

    /**
     * Trimmed, or null when blank. C1 control characters become the windows-1252 characters with those byte values:
     * they are never meant as text, and a feed that has them was written by software that took cp1252 bytes
     * ({@code don’t}) for Latin-1.
     */
    static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(value.strip());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                char mapped = new String(new byte[] {(byte) c}, WINDOWS_1252).charAt(0);
                if (mapped != '\uFFFD') {
                    text.setCharAt(i, mapped);
                }
            }
        }
        return text.toString();
    }

    static boolean isHtml(SyndContent content) {
        String type = content.getType();
        return type != null && type.toLowerCase().contains("html");
    }

    /** A title marked as HTML or XHTML becomes its text: titles are shown and indexed as plain text. */
    static String title(String value, SyndContent typed) {
        String cleaned = clean(value);
        if (cleaned != null && typed != null && isHtml(typed)) {
            return clean(Jsoup.parseBodyFragment(cleaned).text());
        }
        return cleaned;
    }

    /** HTML content with HTML type kept; text content escaped, so the result is always HTML. */
    static String asHtml(SyndContent content, URI base) {
        String value = clean(content.getValue());
        if (value == null) {
            return null;
        }
        return isHtml(content) ? absoluteUrls(value, base) : Entities.escape(value);
    }

    /**
     * Links and images inside HTML made absolute: once an item leaves the feed nobody knows its xml:base. Left as
     * written when nothing was relative, so the HTML reaches the sanitiser byte for byte.
     */
    static String absoluteUrls(String html, URI base) {
        if (base == null || !base.isAbsolute()) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html, base.toString());
        fragment.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : fragment.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String written = element.attr(attribute);
                if (!written.isEmpty() && isRelative(written)) {
                    String absolute = element.absUrl(attribute);
                    if (!absolute.isEmpty()) {
                        element.attr(attribute, absolute);
                        changed = true;
                    }
                }
            }
        }
        return changed ? fragment.body().html() : html;
    }

    /** An absolute URI, resolved against base when relative; null when missing or not a URI at all. */
    static URI uri(String raw, URI base) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(escapeIllegal(value));
            return base != null && !uri.isAbsolute() ? base.resolve(uri) : uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Percent-encodes what a URI may not contain but feeds write anyway: spaces, brackets, non-ASCII letters of
     * Indonesian place names. Existing escapes and reserved characters are kept, so a valid URI is unchanged.
     */
    private static String escapeIllegal(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && ALLOWED.indexOf(c) >= 0 || Character.isLetterOrDigit(c) && c < 0x7F) {
                escaped.append((char) c);
            } else {
                escaped.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return escaped.toString();
    }

    private static boolean isRelative(String url) {
        URI parsed = uri(url, null);
        return parsed != null && !parsed.isAbsolute() && !url.startsWith("#");
    }
}
