package id.perpustakaan.jembatan.connectors.jdihn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the response of a JDIH site's feed for the national network (JDIHN). Sites serve it in several shapes,
 * all read here: a bare array of records (the template most sites copy, and ILDIS' static {@code document.json});
 * an object holding the array in {@code data} (with a {@code pagination} or Laravel {@code links}/{@code meta}
 * naming the next page); a single record. "0 results", the template's answer when it has no records, is an empty
 * feed; anything else that is not JSON is refused with what it began with.
 */
public final class JdihnFeedReader {

    /** Deeper nesting than a record's is not a feed; it is refused before it costs a deep recursion. */
    private static final int MAX_NESTING = 32;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()).build();

    private JdihnFeedReader() {
    }

    /** @param url the address the page was read from, against which a relative next page resolves */
    public static JdihnPage read(byte[] body, URI url) {
        String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        if (start.isEmpty() || start.toLowerCase().startsWith("0 results")) {
            return new JdihnPage(List.of(), null);
        }
        if (!start.startsWith("[") && !start.startsWith("{") && !start.startsWith("\uFEFF")) {
            throw new ContentRejectedException("read", "the JDIHN feed at " + url + " is not JSON; it begins with '"
                    + printable(start) + "': check the feed's address (it usually ends in /integrasi,"
                    + " integrasi.php or feed/document.json)");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return new JdihnPage(elements(parser), null);
            }
            JsonNode root = JSON.readTree(parser);
            JsonNode data = root.get("data");
            if (data != null && data.isArray()) {
                List<JsonNode> records = new ArrayList<>();
                data.forEach(records::add);
                return new JdihnPage(records, next(root, url, records.isEmpty()));
            }
            if (data != null && data.isObject()) {
                return new JdihnPage(List.of(data), null);
            }
            if (root.has("idData") || root.has("judul")) {
                return new JdihnPage(List.of(root), null);
            }
            String message = root.path("message").asText(root.path("error").asText(root.path("errorMessage")
                    .asText("")));
            if (message.toLowerCase().contains("0 results") || message.toLowerCase().contains("not found")) {
                return new JdihnPage(List.of(), null);
            }
            throw new ContentRejectedException("read", "the JDIHN feed at " + url + " holds no records: an object"
                    + " without 'data'" + (message.isBlank() ? "" : ", saying '" + printable(message) + "'"));
        } catch (JsonProcessingException e) {
            throw new ContentRejectedException("read", "the JDIHN feed at " + url + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContentRejectedException("read", "the JDIHN feed at " + url + " is not valid JSON: "
                    + e.getMessage(), e);
        }
    }

    /** Each element of the array the parser is in, read as a tree of its own: a 70 MB feed is never one tree. */
    private static List<JsonNode> elements(JsonParser parser) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new IOException("the array ends before its closing ']'");
            }
            records.add(JSON.readTree(parser));
        }
        return records;
    }

    /** The next page a paged answer names; none after an empty page, whatever it says. */
    private static URI next(JsonNode root, URI url, boolean empty) {
        if (empty) {
            return null;
        }
        String link = root.path("links").path("next").asText("");
        if (!link.isBlank() && !"null".equals(link)) {
            return url.resolve(link.strip());
        }
        JsonNode pagination = root.path("pagination").isObject() ? root.get("pagination") : root.path("meta");
        int current = pagination.path("current_page").asInt(0);
        boolean more = pagination.path("has_next_page").asBoolean(false)
                || current > 0 && current < pagination.path("total_pages").asInt(pagination.path("last_page")
                .asInt(0));
        return more ? withPage(url, current + 1) : null;
    }

    private static URI withPage(URI url, int page) {
        String query = url.getRawQuery() == null ? "" : url.getRawQuery().replaceAll("(^|&)page=[^&]*", "")
                .replaceFirst("^&", "");
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath() + "?"
                + (query.isEmpty() ? "" : query + "&") + "page=" + page);
    }

    private static String printable(String text) {
        String line = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
