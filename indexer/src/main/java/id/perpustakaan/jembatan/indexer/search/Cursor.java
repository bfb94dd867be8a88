package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a page ended: the sort values of its last hit (Elasticsearch's {@code search_after}), and how many results
 * came before, so the next page starts exactly after it at any depth. Opaque to the portal: URL-safe Base64 of a
 * small JSON object.
 *
 * @param after sort values of the last hit shown
 * @param seen  results on this and earlier pages
 */
public record Cursor(List<FieldValue> after, long seen) {

    private static final int MAX_LENGTH = 1_000;

    public String encode() {
        ObjectNode json = JembatanJson.mapper().createObjectNode();
        ArrayNode values = json.putArray("a");
        for (FieldValue value : after) {
            switch (value._kind()) {
                case Double -> values.add(value.doubleValue());
                case Long -> values.add(value.longValue());
                case Boolean -> values.add(value.booleanValue());
                case Null -> values.addNull();
                case String -> values.add(value.stringValue());
                default -> values.add(value._toJsonString());
            }
        }
        json.put("n", seen);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @param sortFields how many values this search's order has */
    public static Cursor decode(String cursor, int sortFields) {
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode json = JembatanJson.mapper().readTree(Base64.getUrlDecoder().decode(cursor));
            JsonNode values = json.get("a");
            if (values == null || !values.isArray() || values.size() != sortFields
                    || !json.path("n").canConvertToLong()) {
                throw new IllegalArgumentException("not of this order");
            }
            List<FieldValue> after = new ArrayList<>();
            for (JsonNode value : values) {
                after.add(value.isFloatingPointNumber() ? FieldValue.of(value.doubleValue())
                        : value.isIntegralNumber() ? FieldValue.of(value.longValue())
                        : value.isBoolean() ? FieldValue.of(value.booleanValue())
                        : value.isNull() ? FieldValue.NULL
                        : value.isTextual() ? FieldValue.of(value.textValue())
                        : invalid());
            }
            return new Cursor(after, Math.max(0, json.get("n").asLong()));
        } catch (Exception e) {
            throw new IllegalArgumentException("cursor '" + abbreviate(cursor) + "' was not given by this search:"
                    + " use the 'next' of the previous page with the same q, filters and sort, or start from page 0");
        }
    }

    private static FieldValue invalid() {
        throw new IllegalArgumentException("not a sort value");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
