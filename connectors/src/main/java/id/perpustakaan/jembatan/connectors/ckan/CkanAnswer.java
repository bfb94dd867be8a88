package id.perpustakaan.jembatan.connectors.ckan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer of a CKAN portal's {@code package_search} (the Action API that Satu Data portals run): the datasets of
 * the page, unread (each is read on its own, so that one bad dataset costs that dataset only), and how many match in
 * all. An answer with {@code "success": false} is refused with the portal's own message.
 *
 * @param count how many datasets match the search in all pages
 */
public record CkanAnswer(List<JsonNode> datasets, long count) {

    private static final int MAX_NESTING = 32;
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()).build();

    public CkanAnswer {
        datasets = List.copyOf(datasets);
    }

    public static CkanAnswer read(byte[] body, URI url) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ContentRejectedException("read", "the CKAN portal's answer at " + url + " is not JSON ("
                    + e.getOriginalMessage() + "): check that the source's url is the portal's address, e.g."
                    + " 'https://data.sawahluntokota.go.id'");
        } catch (IOException e) {
            throw new ContentRejectedException("read", "the CKAN portal's answer at " + url + " cannot be read: "
                    + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ContentRejectedException("read", "the CKAN portal's answer at " + url + " is not an object");
        }
        if (!root.path("success").asBoolean(false)) {
            JsonNode error = root.path("error");
            String message = error.path("message").asText(error.path("__type").asText("no reason given"));
            throw new ContentRejectedException("read", "the CKAN portal at " + url.getHost() + " refused the search: "
                    + message);
        }
        JsonNode results = root.path("result").path("results");
        if (!results.isArray()) {
            throw new ContentRejectedException("read", "the CKAN portal's answer at " + url + " has no"
                    + " result.results: it is not package_search's");
        }
        List<JsonNode> datasets = new ArrayList<>();
        results.forEach(datasets::add);
        return new CkanAnswer(datasets, root.path("result").path("count").asLong(datasets.size()));
    }
}
