package id.perpustakaan.jembatan.routes.normalise.html;

import id.perpustakaan.jembatan.connectors.LanguageTags;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language a page declares for itself: {@code <html lang>} or {@code xml:lang}, else a
 * {@code <meta http-equiv="content-language">}, else Open Graph's {@code og:locale} ({@code id_ID}). A short
 * Indonesian notice is often too short for a detector to tell from Malay; its page says which it is.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Optional<String> of(Document page) {
        Element html = page.selectFirst("html");
        Stream<String> declarations = Stream.of(
                html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"),
                content(page, "meta[http-equiv~=(?i)content-language]"),
                content(page, "meta[property=og:locale]"));
        return declarations.map(LanguageTags::primary).flatMap(Optional::stream).findFirst();
    }

    private static String content(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null ? null : meta.attr("content");
    }
}
