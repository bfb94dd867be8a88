package id.perpustakaan.jembatan.routes.normalise.html;

import id.perpustakaan.jembatan.routes.normalise.html.HtmlContent.Attachment;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The documents a page offers for download: links to PDF, office files, RTF and ZIP, recognised by the file
 * extension of their path or by their {@code type} attribute.
 */
final class Attachments {

    private static final Pattern DOCUMENT_PATH = Pattern.compile(
            "(?i).*\\.(pdf|docx?|xlsx?|odt|ods|odp|pptx?|rtf|zip)$");

    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/rtf",
            "text/rtf", "application/zip", "application/x-zip-compressed");

    private Attachments() {
    }

    static List<Attachment> in(Element root) {
        Map<String, Attachment> found = new LinkedHashMap<>();
        for (Element link : root.select("a[href]")) {
            String url = link.absUrl("href");
            if (url.isEmpty() || !isDocument(url, link.attr("type"))) {
                continue;
            }
            String key = url.replaceFirst("#.*$", "");
            String text = linkText(link, key);
            Attachment earlier = found.get(key);
            if (earlier == null || earlier.text().equals(fileName(key)) && !text.equals(fileName(key))) {
                found.put(key, new Attachment(key, text));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean isDocument(String url, String type) {
        String path = url.replaceFirst("[?#].*$", "");
        if (DOCUMENT_PATH.matcher(path).matches()) {
            return true;
        }
        String mediaType = type.toLowerCase(Locale.ROOT).replaceFirst(";.*$", "").strip();
        return DOCUMENT_TYPES.contains(mediaType);
    }

    /** Icon-only links say nothing: their title, else their image's alt text, else the file name stands in. */
    private static String linkText(Element link, String url) {
        String text = link.text().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            return text;
        }
        if (!link.attr("title").isBlank()) {
            return link.attr("title").strip();
        }
        Element image = link.selectFirst("img[alt]");
        if (image != null && !image.attr("alt").isBlank()) {
            return image.attr("alt").strip();
        }
        return fileName(url);
    }

    private static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
