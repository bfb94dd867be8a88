package id.perpustakaan.jembatan.routes.ckan;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.feed.WebAddresses;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CKAN open-data portal (most Satu Data portals): {@code url} the portal's address; one document per dataset.
 * Options: {@code organization} (the name of one organisation whose datasets are taken; all unless set),
 * {@code page-size} (datasets asked per request, 1 to 1000, 100 unless set), {@code page-limit} (the most pages of a
 * run, 100 unless set), and as for feeds {@code allowed-hosts}, {@code allow-private-addresses},
 * {@code request-interval}.
 */
public class CkanKind implements SourceKind {

    public static final String KIND = "ckan";
    public static final String ORGANIZATION = "organization";
    public static final String PAGE_SIZE = "page-size";
    public static final String PAGE_LIMIT = "page-limit";

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        WebAddresses.problem(source, index, "set the portal's address, e.g. 'https://data.sawahluntokota.go.id'")
                .ifPresent(problems::add);
        WebAddresses.requestIntervalProblem(source, index).ifPresent(problems::add);
        if (pageSize(source) < 1 || pageSize(source) > 1000) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + PAGE_SIZE, "'"
                    + source.option(PAGE_SIZE, "") + "' is not 1 to 1000", "write how many datasets one request"
                    + " asks for, e.g. '100'"));
        }
        if (pageLimit(source) < 1) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + PAGE_LIMIT, "'"
                    + source.option(PAGE_LIMIT, "") + "' is not a number of pages", "write how many pages one run"
                    + " reads at most, e.g. '50'"));
        }
        return problems;
    }

    static int pageSize(SourceDefinition source) {
        return source.numberOption(PAGE_SIZE, 100);
    }

    static int pageLimit(SourceDefinition source) {
        return source.numberOption(PAGE_LIMIT, 100);
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(CkanRouteTemplate.RUN);
    }
}
