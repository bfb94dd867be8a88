package id.perpustakaan.jembatan.routes.jdihn;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.feed.WebAddresses;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JDIH site's feed for the national network (JDIHN): {@code url} the feed's address (often {@code …/integrasi},
 * {@code integrasi.php} or {@code feed/document.json}); one regulation per record, its file fetched as the original.
 * Options as for feeds: {@code allowed-hosts} (a site whose files are on another host lists it),
 * {@code allow-private-addresses}, {@code request-interval}; and {@code page-limit}, the most pages of a paged feed
 * read in one run (100 unless set).
 */
public class JdihnKind implements SourceKind {

    public static final String KIND = "jdihn";
    public static final String PAGE_LIMIT = "page-limit";
    static final int DEFAULT_PAGE_LIMIT = 100;

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        WebAddresses.problem(source, index, "set the JDIHN feed's address, e.g."
                + " 'https://jdih.sawahluntokota.go.id/integrasi'").ifPresent(problems::add);
        WebAddresses.requestIntervalProblem(source, index).ifPresent(problems::add);
        String limit = source.option(PAGE_LIMIT, null);
        if (limit != null && pageLimit(source) < 1) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + PAGE_LIMIT, "'" + limit
                    + "' is not a number of pages", "write how many pages of the feed one run reads at most, e.g."
                    + " '50'"));
        }
        return problems;
    }

    /** The most pages one run reads; 0 when the option is not a positive number (reported by {@link #check}). */
    static int pageLimit(SourceDefinition source) {
        return source.numberOption(PAGE_LIMIT, DEFAULT_PAGE_LIMIT);
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(JdihnRouteTemplate.RUN);
    }
}
