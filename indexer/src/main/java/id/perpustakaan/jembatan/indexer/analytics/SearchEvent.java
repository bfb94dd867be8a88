package id.perpustakaan.jembatan.indexer.analytics;

import java.time.Instant;
import java.util.List;

/**
 * One search or click as the analytics index keeps it. Nothing identifies a person: no address, account, cookie or
 * session; {@code searchId} only ties a click to the search whose results it was on.
 *
 * @param type       {@code search} or {@code click}
 * @param query      the searched words, normalised and with personal numbers and e-mail addresses masked
 * @param results    how many documents the search found (searches only)
 * @param filters    {@code name:value} of each filter (searches only)
 * @param documentId the document clicked (clicks only)
 * @param position   its place in the results, from 1 (clicks only)
 */
public record SearchEvent(String type, Instant at, String searchId, String query, Long results,
                          List<String> filters, String sort, String documentId, Integer position) {

    public static final String SEARCH = "search";
    public static final String CLICK = "click";
}
