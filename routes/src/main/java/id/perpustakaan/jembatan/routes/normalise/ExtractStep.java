package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.Attachment;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.normalise.html.HtmlContent;
import id.perpustakaan.jembatan.routes.normalise.html.HtmlNormaliser;
import id.perpustakaan.jembatan.routes.normalise.html.PageLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The text of the original: web pages through the HTML normalisation (main content without navigation, sanitised
 * display HTML, page metadata), everything else through Tika. The format is detected from the bytes, not the name.
 */
final class ExtractStep implements NormalisationStep {

    /** Base of the links of a page that has no public address: its locator in the source. */
    private static final String LOCAL = "file:/";
    private static final int MAX_TAGS = 20;

    private final TextExtractor tika;

    ExtractStep(TextExtractor tika) {
        this.tika = tika;
    }

    @Override
    public void apply(DocumentDraft draft) {
        // a page that says it is one from its first bytes needs neither Tika's detection (a fifth of a small
        // file's normalisation) nor its parse, which the HTML normalisation would do again
        if (declaresHtml(draft.raw)) {
            fromHtml(draft, "text/html");
            return;
        }
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

    /**
     * Whether the bytes open, after an optional byte order mark and white space, with an HTML document type or an
     * {@code <html} element: what a browser would take for a page whatever the file is called.
     */
    static boolean declaresHtml(RawContent raw) {
        byte[] head = new byte[256];
        int length;
        try (InputStream in = raw.body().open()) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        int i = length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf
                ? 3 : 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        String start = new String(head, i, length - i, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
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
        String html = decode(draft.raw);
        HtmlContent page = HtmlNormaliser.normalise(html, baseOf(draft.raw));
        var head = Jsoup.parse(html);
        draft.tags.addAll(keywords(head));
        var author = head.selectFirst("meta[name=author]");
        draft.author = author == null || author.attr("content").isBlank() ? null : author.attr("content").strip();
        PageLanguage.of(head).ifPresent(language -> draft.declaredLanguage = language);
        boolean hasText = page.text() != null && !page.text().isBlank();
        boolean hasTitle = page.title() != null && !page.title().isBlank();
        if (!hasText && !hasTitle) {
            throw new ContentRejectedException("extract", "no text: the HTML page has no main content and no title");
        }
        // a feed entry or notice may be a headline and a link, nothing more: the headline is its text
        draft.text = hasText ? page.text() : page.title();
        draft.html = page.html();
        draft.metadataTitle = page.title();
        draft.description = page.description();
        draft.mediaType = mediaType;
        draft.extractor = "jsoup:main-content";
        draft.publishedAt = page.publishedAt();
        if (page.canonicalUrl() != null && page.canonicalUrl().startsWith("http")) {
            draft.url = page.canonicalUrl();
        }
        for (HtmlContent.Attachment link : page.attachments()) {
            draft.attachments.add(attachment(draft.raw, link));
        }
    }

    /**
     * A page with a public address resolves its links against it; a page dropped into a folder against its place
     * in the inbox, so that "lampiran.pdf" dropped beside it is the document the link names.
     */
    private static String baseOf(RawContent raw) {
        return raw.url() != null ? raw.url() : LOCAL + raw.locator();
    }

    private static Attachment attachment(RawContent page, HtmlContent.Attachment link) {
        if (link.url().startsWith(LOCAL)) {
            String locator = URI.create(link.url()).normalize().getPath().substring(1);
            return new Attachment(null, link.text(), Normaliser.documentId(page.sourceId(), locator));
        }
        // a web source harvests the file under its address as locator
        return new Attachment(link.url(), link.text(), Normaliser.documentId(page.sourceId(), link.url()));
    }

    /** The page's keywords (a feed entry's categories arrive this way): the document's tags. */
    private static List<String> keywords(org.jsoup.nodes.Document page) {
        var meta = page.selectFirst("meta[name=keywords]");
        if (meta == null) {
            return List.of();
        }
        return Arrays.stream(meta.attr("content").split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().limit(MAX_TAGS).toList();
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
