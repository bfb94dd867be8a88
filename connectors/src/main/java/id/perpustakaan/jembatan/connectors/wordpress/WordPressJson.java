package id.perpustakaan.jembatan.connectors.wordpress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import org.jsoup.Jsoup;

/** Reading what a WordPress REST API answers: JSON of bounded depth, and its rendered text fields. */
final class WordPressJson {

    private static final int MAX_NESTING = 32;
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()).build();

    private WordPressJson() {
    }

    /** An HTML page where JSON was asked for: a site that sends its home or error page instead of the API. */
    static boolean looksLikeHtml(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }

    /** A text field, or the {@code rendered} of a rendered one ({@code title}, {@code guid}); null when empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            value = value.get("rendered");
        }
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * What a rendered field reads as: WordPress escapes titles and term names for HTML ("Rapat &#8211; Dinas",
     * "Sosial &amp; Budaya") and a title may carry markup.
     */
    static String plain(String rendered) {
        if (rendered == null) {
            return null;
        }
        String text = Jsoup.parseBodyFragment(rendered).text().strip();
        return text.isEmpty() ? null : text;
    }
}
