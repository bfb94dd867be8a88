package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.analytics.SearchAnalytics;
import id.perpustakaan.jembatan.indexer.search.SearchFilters;
import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.indexer.search.TitleSuggestions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search} and {@code GET /api/suggest}: the portal's search over everything published. */
@RestController
@Tag(name = "Search", description = "Everything the agencies published, as citizens search it")
class SearchController {

    private final SearchService search;
    private final TitleSuggestions suggestions;
    private final SearchAnalytics analytics;
    private final Timer searches;

    SearchController(SearchService search, TitleSuggestions suggestions, SearchAnalytics analytics,
                     MeterRegistry meters) {
        this.search = search;
        this.suggestions = suggestions;
        this.analytics = analytics;
        this.searches = SearchTiming.timer(meters, "api");
    }

    /** A completion as {@code /api/suggest} returns it. */
    record Suggestion(String title, String id, String href) {
    }

    /** The completions for what was typed. */
    record Suggestions(String q, List<Suggestion> suggestions) {
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search published documents",
            description = "Words, \"quoted phrases\" and -exclusions; nothing else is an operator. Agency and"
                    + " regulation abbreviations find their full names (Perwako, Disdukcapil…). Expired"
                    + " announcements are hidden unless includeExpired=true. Errors are RFC 9457 problems.")
    SearchPage search(
            @Parameter(description = "words, \"phrases\", -exclusions (at most 500 characters)")
            @RequestParam(required = false) String q,
            @Parameter(description = "agency code; repeat for several") @RequestParam(required = false)
            List<String> agency,
            @Parameter(description = "announcement, regulation, programme, news, other; repeat for several")
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "year of publication; repeat for several") @RequestParam(required = false)
            List<Integer> year,
            @Parameter(description = "published on or after (yyyy-MM-dd)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "published on or before (yyyy-MM-dd)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "language code (id, en…); repeat for several") @RequestParam(required = false)
            List<String> language,
            @Parameter(description = "regulation kind: Perda, Perwako, UU…") @RequestParam(required = false)
            String jenis,
            @Parameter(description = "regulation number as written") @RequestParam(required = false) String nomor,
            @Parameter(description = "regulation year") @RequestParam(required = false) Integer tahun,
            @Parameter(description = "relevance (best first; newest first among equals) or newest")
            @RequestParam(defaultValue = "relevance") String sort,
            @Parameter(description = "zero-based, within the first 10,000 results") @RequestParam(defaultValue = "0")
            int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "10") int size,
            @Parameter(description = "the previous page's next: reaches any depth") @RequestParam(required = false)
            String cursor,
            @RequestParam(defaultValue = "false") boolean includeExpired,
            @Parameter(description = "class of public information: berkala, serta-merta, setiap-saat; repeat for"
                    + " several") @RequestParam(required = false) List<String> klasifikasi,
            @Parameter(description = "a tag, in any case: a kelurahan, kecamatan or target group of a programme, a"
                    + " subject; repeat for any of several (at most 20)") @RequestParam(required = false)
            List<String> tag) throws IOException {
        SearchParameters.checkLength(q);
        var filters = new SearchFilters(agency, SearchParameters.kinds(kind), year, from, to, language, jenis, nomor,
                tahun, includeExpired, SearchParameters.classes(klasifikasi), SearchParameters.tags(tag));
        var query = new SearchQuery(q, filters, SearchParameters.order(sort), page, size, cursor);
        long start = System.nanoTime();
        SearchResult result;
        try {
            result = search.search(query);
        } finally {
            searches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        String searchId = SearchAnalytics.newSearchId();
        if (query.text().hasWords() && page == 0 && query.cursor() == null) {
            analytics.searched(searchId, q, filters.described(), query.order().name().toLowerCase(Locale.ROOT),
                    result.total());
        }
        return SearchPage.of(q, result, searchId);
    }

    @GetMapping("/api/suggest")
    @Operation(summary = "Complete a title as it is typed",
            description = "Titles containing every word typed, the last one as a word's start")
    Suggestions suggest(@RequestParam(required = false) String q,
                        @Parameter(description = "1 to 20") @RequestParam(defaultValue = "8") int size)
            throws IOException {
        List<Suggestion> found = suggestions.complete(q, size).stream()
                .map(s -> new Suggestion(s.title(), s.id(), DocumentController.href(s.id()))).toList();
        return new Suggestions(q, found);
    }
}
