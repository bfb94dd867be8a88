package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.app.web.SearchTiming;
import id.perpustakaan.jembatan.indexer.search.SearchFilters;
import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The page's one door to the search: the only place that builds a {@link SearchQuery}, so a change of the query's
 * shape touches the page here and nowhere else.
 */
@Component
class PortalSearch {

    private static final Logger log = LoggerFactory.getLogger(PortalSearch.class);
    static final int RELATED = 5;
    /** Alerts shown above a search: the newest few, of the last week. */
    private static final int URGENT = 3;
    private static final int URGENT_DAYS = (int) SearchResult.URGENT_FOR.toDays();

    private final SearchService search;
    private final LaterRegulations later;
    private final Map<String, String> agencyNames;
    private final Timer searches;

    PortalSearch(SearchService search, LaterRegulations later, ObjectProvider<SourceCatalog> sources,
                 MeterRegistry meters) {
        this.search = search;
        this.later = later;
        this.searches = SearchTiming.timer(meters, "page");
        // an instance that only serves the page may have no sources: the index's names are used then
        SourceCatalog catalog = sources.getIfAvailable();
        this.agencyNames = catalog == null ? Map.of() : catalog.all().stream().map(SourceDefinition::agency)
                .collect(Collectors.toUnmodifiableMap(agency -> agency.code(), agency -> agency.name(),
                        (first, second) -> first));
    }

    SearchResult search(SearchForm form) throws IOException {
        long start = System.nanoTime();
        try {
            return search.search(query(form));
        } finally {
            searches.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * How many expired announcements the search hides, for the page to offer them; a courtesy: without the count the
     * page only lacks the offer.
     */
    long expiredHidden(SearchForm form) {
        try {
            return search.expiredHidden(query(form));
        } catch (IOException | RuntimeException e) {
            log.warn("the count of hidden expired announcements is left out: {}", e.toString());
            return 0;
        }
    }

    private static SearchQuery query(SearchForm form) {
        var filters = new SearchFilters(form.agencies(), form.kinds(), form.years(), form.from(), form.to(), null,
                null, null, null, form.includeExpired(), form.klasifikasi(), form.tags());
        return new SearchQuery(form.q(), filters, form.order(), form.page(), SearchForm.PAGE_SIZE, null);
    }

    Optional<Document> find(String id) throws IOException {
        return search.find(id);
    }

    /** The document a merged-away sighting's id now belongs to. */
    Optional<String> mergedInto(String id) throws IOException {
        return search.mergedInto(id);
    }

    /**
     * Serta merta information of the last week, shown above every search; a courtesy too: without it the page
     * still answers.
     */
    List<SearchResult.Hit> urgent() {
        try {
            return search.urgent(URGENT, URGENT_DAYS);
        } catch (IOException | RuntimeException e) {
            log.warn("serta merta information is left out: {}", e.toString());
            return List.of();
        }
    }

    /**
     * The published regulations amending and revoking a regulation; a courtesy too: without them the regulation is
     * shown as its catalogue has it.
     */
    LaterRegulations.Links laterRegulations(Regulation regulation) {
        try {
            return later.of(regulation);
        } catch (IOException | RuntimeException e) {
            log.warn("later regulations are left out: {}", e.toString());
            return LaterRegulations.Links.NONE;
        }
    }

    /**
     * The published regulations a regulation amends and revokes, by the citations it makes; a courtesy: without them
     * the citations are shown as text.
     */
    Map<String, Document> earlierRegulations(Regulation regulation) {
        try {
            return later.earlier(regulation);
        } catch (IOException | RuntimeException e) {
            log.warn("earlier regulations are left out: {}", e.toString());
            return Map.of();
        }
    }

    /** Related documents are a courtesy: when they cannot be found, the document is shown without them. */
    List<SearchResult.Hit> related(String id) {
        try {
            return search.related(id, RELATED);
        } catch (IOException | RuntimeException e) {
            log.warn("related documents of '{}' are left out: {}", id, e.toString());
            return List.of();
        }
    }

    /** Display names of agencies by code: the configured sources' first, then those seen in results. */
    Function<String, String> agencyNames(List<SearchResult.Hit> hits) {
        Map<String, String> seen = hits.stream().filter(hit -> hit.agency() != null && hit.agency().name() != null)
                .collect(Collectors.toMap(hit -> hit.agency().code(), hit -> hit.agency().name(),
                        (first, second) -> first));
        return code -> agencyNames.getOrDefault(code, seen.getOrDefault(code, code));
    }
}
