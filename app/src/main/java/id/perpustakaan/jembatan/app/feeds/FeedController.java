package id.perpustakaan.jembatan.app.feeds;

import id.perpustakaan.jembatan.app.web.SearchParameters;
import id.perpustakaan.jembatan.indexer.search.SearchFilters;
import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.indexer.search.SearchResult.Hit;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound feeds for the digital-library app and social media tools: the newest documents of an agency, of a kind,
 * or of any search, as RSS 2.0, Atom 1.0 or JSON Feed 1.1. Readers poll feeds: each answer has an ETag and a
 * Last-Modified, and a conditional request for an unchanged feed is answered 304 without a body.
 */
@RestController
@Tag(name = "Feeds", description = "RSS 2.0 (.rss), Atom 1.0 (.atom) and JSON Feed 1.1 (.json)")
class FeedController {

    static final int DEFAULT_SIZE = 30;
    private static final String FORMAT = "{format:" + FeedFormat.EXTENSIONS + "}";
    /** Readers may reuse an answer this long before asking again (conditionally). */
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final SearchService search;
    private final Clock clock;
    private final FeedWriter writer;
    private final String library;
    private final String base;

    /**
     * @param base the portal's public address: links are built from it, never from the request's Host header, so
     *             a feed that caches publicly cannot be made to point elsewhere by a forged Host
     */
    FeedController(SearchService search, JsonMapper json, Clock clock,
                   @Value("${jembatan.feeds.title}") String library,
                   @Value("${jembatan.portal.base-url}") String base) {
        this.search = search;
        this.clock = clock;
        this.writer = new FeedWriter(json);
        this.library = library;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @GetMapping("/feeds/agencies/{agency}." + FORMAT)
    @Operation(summary = "The newest documents of an agency")
    ResponseEntity<String> agency(@PathVariable String agency, @PathVariable String format,
                                  @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, ServletWebRequest request)
            throws IOException {
        SearchQuery query = newest(null, SearchFilters.of(List.of(agency), null, false), size);
        return feed(query, format, request, hits -> hits.isEmpty() || hits.get(0).agency() == null ? agency
                : hits.get(0).agency().name());
    }

    @GetMapping("/feeds/kinds/{kind}." + FORMAT)
    @Operation(summary = "The newest documents of a kind: announcement, regulation, programme, news, other")
    ResponseEntity<String> kind(@PathVariable String kind, @PathVariable String format,
                                @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, ServletWebRequest request)
            throws IOException {
        List<String> kinds = SearchParameters.kinds(List.of(kind));
        SearchQuery query = newest(null, SearchFilters.of(null, kinds, false), size);
        return feed(query, format, request, hits -> kinds.get(0).toLowerCase(Locale.ROOT));
    }

    @GetMapping("/feeds/search." + FORMAT)
    @Operation(summary = "The newest documents of a search", description = "q and filters as /api/search takes them")
    ResponseEntity<String> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) List<String> agency,
                                  @RequestParam(required = false) List<String> kind,
                                  @RequestParam(required = false) List<String> language,
                                  @RequestParam(required = false) String jenis,
                                  @PathVariable String format,
                                  @Parameter(description = "1 to 100")
                                  @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
                                  ServletWebRequest request) throws IOException {
        SearchParameters.checkLength(q);
        var filters = new SearchFilters(agency, SearchParameters.kinds(kind), null, null, null, language, jenis,
                null, null, false);
        return feed(newest(q, filters, size), format, request, hits -> q == null || q.isBlank() ? "semua" : q);
    }

    private static SearchQuery newest(String q, SearchFilters filters, int size) {
        return new SearchQuery(q, filters, SearchQuery.Order.NEWEST, 0, size, null);
    }

    private ResponseEntity<String> feed(SearchQuery query, String extension, ServletWebRequest request,
                                        Function<List<Hit>, String> subject) throws IOException {
        FeedFormat format = FeedFormat.of(extension);
        List<Hit> hits = urgentFirst(search.search(query).hits(), clock.instant());
        HttpServletRequest asked = request.getRequest();
        String self = base + asked.getRequestURI()
                + (asked.getQueryString() == null ? "" : "?" + asked.getQueryString());
        Instant updated = FeedWriter.latest(hits);
        long lastModified = updated == null ? -1 : updated.toEpochMilli();
        if (request.checkNotModified(etag(format, self, hits), lastModified)) {
            return null;
        }
        String about = subject.apply(hits);
        var channel = new FeedWriter.Channel(library + ": " + about,
                "Dokumen terbaru: " + about + " (" + library + ")", self, base + "/", base, library);
        return ResponseEntity.ok().contentType(format.mediaType()).cacheControl(CACHING)
                .body(writer.write(format, channel, hits));
    }

    /**
     * Serta merta information that is still news comes first, as on the portal (UU 14/2008: it is announced at
     * once); the rest stays newest first.
     */
    static List<Hit> urgentFirst(List<Hit> hits, Instant now) {
        List<Hit> ordered = new ArrayList<>(hits.size());
        hits.stream().filter(hit -> hit.urgentAt(now)).forEach(ordered::add);
        hits.stream().filter(hit -> !hit.urgentAt(now)).forEach(ordered::add);
        return ordered;
    }

    /** Changes when an entry is added, removed or revised, and differs between formats and addresses. */
    private static String etag(FeedFormat format, String self, List<Hit> hits) {
        return EntityTags.of(format + "\n" + self, hits.stream().map(hit -> hit.id() + "@" + hit.revision()).toList());
    }
}
