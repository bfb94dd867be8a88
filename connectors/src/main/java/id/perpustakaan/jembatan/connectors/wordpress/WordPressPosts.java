package id.perpustakaan.jembatan.connectors.wordpress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One page of a WordPress REST API collection ({@code /wp/v2/posts}, {@code /wp/v2/pages}): its records, unread
 * (each is read on its own, so that one bad post costs that post only), and how many pages the collection has
 * ({@code X-WP-TotalPages}, when the site sends it). An HTML page or an error object where the list was asked for
 * says the API is closed or not there ({@link WordPressApiUnavailable}); JSON that cannot be read is refused.
 *
 * @param totalPages the collection's pages as the site counts them, empty when it does not say
 */
public record WordPressPosts(List<JsonNode> posts, OptionalInt totalPages) {

    public static final String TOTAL_PAGES_HEADER = "X-WP-TotalPages";

    /** Error codes of an API closed to the public: core's, and those of the plugins that close it. */
    private static final Set<String> CLOSED = Set.of("rest_disabled", "rest_cannot_access", "rest_not_logged_in",
            "rest_forbidden", "rest_login_required", "rest_api_disabled", "rest_authentication_required");

    public WordPressPosts {
        posts = List.copyOf(posts);
    }

    /**
     * @param totalPagesHeader the answer's {@code X-WP-TotalPages}, or null
     */
    public static WordPressPosts read(byte[] body, String contentType, String totalPagesHeader, URI url)
            throws WordPressApiUnavailable {
        if (WordPressJson.looksLikeHtml(body, contentType)) {
            throw new WordPressApiUnavailable("an HTML page instead of the REST API's JSON at " + url, false);
        }
        JsonNode root;
        try {
            root = WordPressJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ContentRejectedException("read", "the WordPress REST API's answer at " + url + " is not JSON ("
                    + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ContentRejectedException("read", "the WordPress REST API's answer at " + url
                    + " cannot be read: " + e.getMessage());
        }
        if (root != null && root.isObject() && root.hasNonNull("code")) {
            String code = root.path("code").asText();
            String message = WordPressJson.plain(root.path("message").asText(""));
            throw new WordPressApiUnavailable("the REST API at " + url.getHost() + " answers " + code
                    + (message == null ? "" : " (" + message + ")"), CLOSED.contains(code));
        }
        if (root == null || !root.isArray()) {
            throw new WordPressApiUnavailable("the answer at " + url + " is JSON but not a list of posts", false);
        }
        List<JsonNode> posts = new ArrayList<>();
        root.forEach(posts::add);
        return new WordPressPosts(posts, pages(totalPagesHeader));
    }

    private static OptionalInt pages(String header) {
        if (header == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(header.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
