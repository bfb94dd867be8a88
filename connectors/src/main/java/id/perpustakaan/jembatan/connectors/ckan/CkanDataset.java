package id.perpustakaan.jembatan.connectors.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ApiValues;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CKAN dataset as {@code package_search} gives it. CKAN writes its times in UTC without a zone
 * ("2025-03-04T09:15:00.123456"). Only an id is required; a dataset without a title is shown under its name.
 *
 * @param organization the publishing organisation's name (code) and title, or null
 * @param resources    its files and services, each with its format
 */
public record CkanDataset(String id, String name, String title, String notes, Instant created, Instant modified,
                          Organization organization, List<String> tags, List<Resource> resources, String license) {

    /** The organisation that published the dataset. */
    public record Organization(String name, String title) {
    }

    /** A file or service of the dataset; {@code url} null when it has none that is http(s). */
    public record Resource(String name, String format, URI url, String description) {
    }

    public CkanDataset {
        tags = tags == null ? List.of() : List.copyOf(tags);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** @param position its place in the run, from 1, for the reason a refusal gives */
    public static CkanDataset of(JsonNode node, int position) {
        if (node == null || !node.isObject()) {
            throw new ContentRejectedException("read", "dataset " + position + " of the CKAN answer is not an object");
        }
        String id = text(node, "id");
        if (id == null) {
            throw new ContentRejectedException("read", "dataset " + position + " of the CKAN answer has no id"
                    + (text(node, "name") == null ? "" : " ('" + text(node, "name") + "')"));
        }
        String name = text(node, "name");
        String title = text(node, "title");
        JsonNode org = node.path("organization");
        Organization organization = org.isObject() && text(org, "name") != null
                ? new Organization(text(org, "name"), title(text(org, "title"), text(org, "name"))) : null;
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> {
            String shown = tag.isTextual() ? tag.asText() : title(text(tag, "display_name"), text(tag, "name"));
            if (shown != null && !tags.contains(shown)) {
                tags.add(shown);
            }
        });
        List<Resource> resources = new ArrayList<>();
        node.path("resources").forEach(resource -> resources.add(new Resource(title(text(resource, "name"),
                text(resource, "url")), format(text(resource, "format")), ApiValues.webLink(text(resource, "url")),
                text(resource, "description"))));
        return new CkanDataset(id, name, title(title, name != null ? name : id), text(node, "notes"),
                ApiValues.utc(text(node, "metadata_created")), ApiValues.utc(text(node, "metadata_modified")), organization, tags,
                resources, text(node, "license_title"));
    }

    private static String title(String title, String fallback) {
        return title != null ? title : fallback;
    }

    private static String format(String format) {
        return format == null ? null : format.toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
