package id.perpustakaan.jembatan.app.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import id.perpustakaan.jembatan.model.Event;
import java.time.Instant;
import java.util.List;

/**
 * A JSON Feed 1.1 document, with the names the specification gives its fields, and one extension (the
 * specification's leading underscore): {@code _event}, when and where an event item happens, as the Document contract
 * writes it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                @JsonProperty("feed_url") String feedUrl, String description, String language,
                List<Author> authors, List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, @JsonProperty("external_url") String externalUrl, String title,
                String summary,
                @JsonProperty("content_text") String contentText,
                @JsonProperty("date_published") Instant datePublished,
                @JsonProperty("date_modified") Instant dateModified, List<Author> authors, List<String> tags,
                List<Attachment> attachments, @JsonProperty("_event") Event event) {
    }

    record Author(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attachment(String url, @JsonProperty("mime_type") String mimeType, String title,
                      @JsonProperty("size_in_bytes") Long sizeInBytes) {
    }
}
