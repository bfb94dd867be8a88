package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.normalise.html.HtmlContent;
import id.perpustakaan.jembatan.routes.normalise.html.HtmlNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;

/**
 * The text of the original: web pages through the HTML normalisation (main content without navigation, sanitised
 * display HTML, page metadata), everything else through Tika. The format is detected from the bytes, not the name.
 */
final class ExtractStep implements NormalisationStep {

    private final TextExtractor tika;

    ExtractStep(TextExtractor tika) {
        this.tika = tika;
    }

    @Override
    public void apply(DocumentDraft draft) {
        // Tika detects the format while it parses; a page parsed twice is cheap, a second detection of every
        // office file is not
        Extraction extraction = tika.extract(draft.raw);
        String type = extraction.mediaType();
        if ("text/html".equals(type) || "application/xhtml+xml".equals(type)) {
            fromHtml(draft, type);
        } else {
            fromDocument(draft, extraction);
        }
    }

    private static void fromDocument(DocumentDraft draft, Extraction extraction) {
        draft.text = extraction.text();
        draft.metadataTitle = extraction.title();
        draft.mediaType = extraction.mediaType();
        draft.pages = extraction.pages();
        draft.extractor = extraction.parser();
        draft.ocr = extraction.ocr();
        draft.publishedAt = extraction.created();
        draft.modifiedAt = extraction.modified();
    }

    private static void fromHtml(DocumentDraft draft, String mediaType) {
        HtmlContent page = HtmlNormaliser.normalise(decode(draft.raw), draft.raw.url());
        if (page.text() == null || page.text().isBlank()) {
            throw new ContentRejectedException("extract", "no text: the HTML page has no main content");
        }
        draft.text = page.text();
        draft.html = page.html();
        draft.metadataTitle = page.title();
        draft.description = page.description();
        draft.mediaType = mediaType;
        draft.extractor = "jsoup:main-content";
        draft.publishedAt = page.publishedAt();
        if (page.canonicalUrl() != null) {
            draft.url = page.canonicalUrl();
        }
    }

    /** Bytes to text with the page's own charset (BOM, then meta tags, then UTF-8). */
    private static String decode(RawContent raw) {
        try (InputStream in = raw.body().open()) {
            String base = raw.url() == null ? "" : raw.url();
            return Jsoup.parse(in, null, base).outerHtml();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + raw.locator(), e);
        }
    }
}
