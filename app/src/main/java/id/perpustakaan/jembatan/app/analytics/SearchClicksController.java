package id.perpustakaan.jembatan.app.analytics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.perpustakaan.jembatan.app.web.SearchParameters;
import id.perpustakaan.jembatan.indexer.analytics.SearchAnalytics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/search/clicks}: the portal says which result a citizen opened, for the evaluation. A result is
 * counted once per answer: the same click sent again (a double click, a page reloaded, a script) is acknowledged
 * and not recorded, so the figures are not skewed by repetition.
 */
@RestController
@Tag(name = "Search")
class SearchClicksController {

    private static final Pattern SEARCH_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_ID_LENGTH = 200;

    private final SearchAnalytics analytics;
    /** answers are clicked within minutes; bounded so that a flood of made-up ids costs bounded memory */
    private final Cache<String, Boolean> counted = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(6))
            .build();

    SearchClicksController(SearchAnalytics analytics) {
        this.analytics = analytics;
    }

    /**
     * @param searchId   the {@code searchId} of the answer the result was on
     * @param q          the query of that answer
     * @param documentId the result opened
     * @param position   its place in the results, from 1
     */
    record Click(String searchId, String q, String documentId, int position) {
    }

    @PostMapping("/api/search/clicks")
    @Operation(summary = "Record that a result was opened",
            description = "Nothing about the person is kept: no address, account or cookie")
    ResponseEntity<Void> clicked(@RequestBody Click click) {
        if (click.searchId() == null || !SEARCH_ID.matcher(click.searchId()).matches()) {
            throw new IllegalArgumentException("searchId must be the searchId of a search answer");
        }
        if (click.documentId() == null || click.documentId().isBlank()
                || click.documentId().length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("documentId must be the id of a result (at most " + MAX_ID_LENGTH
                    + " characters)");
        }
        if (click.position() < 1) {
            throw new IllegalArgumentException("position must be 1 or more, not " + click.position());
        }
        SearchParameters.checkLength(click.q());
        if (counted.asMap().putIfAbsent(click.searchId() + "#" + click.position(), Boolean.TRUE) == null) {
            analytics.clicked(click.searchId(), click.q(), click.documentId(), click.position());
        }
        return ResponseEntity.noContent().build();
    }
}
