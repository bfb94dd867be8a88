package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the portal's search over everything published. */
@RestController
class SearchController {

    static final int MAX_QUERY_LENGTH = 500;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchPage search(@RequestParam(required = false) String q,
                      @RequestParam(required = false) List<String> agency,
                      @RequestParam(required = false) List<String> kind,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "10") int size,
                      @RequestParam(defaultValue = "false") boolean includeExpired) throws IOException {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("q is " + q.length() + " characters long; at most "
                    + MAX_QUERY_LENGTH + " are searched");
        }
        List<String> kinds = kind == null ? List.of() : kind.stream().map(SearchController::kind).toList();
        return SearchPage.of(q, search.search(new SearchQuery(q, agency, kinds, page, size, includeExpired)));
    }

    private static String kind(String value) {
        try {
            return DocumentKind.valueOf(value.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + value + "' is not one of "
                    + List.of(DocumentKind.values()).toString().toLowerCase(Locale.ROOT));
        }
    }
}
