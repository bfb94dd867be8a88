package id.perpustakaan.jembatan.routes.wordpress;

import id.perpustakaan.jembatan.connectors.ApiValues;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.feed.WebAddresses;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A WordPress site (many agency sites are): {@code url} the site's address; one document per post, read through
 * the site's REST API, or through its feed while the API is closed. Options: {@code post-types} ({@code posts}, or
 * {@code posts, pages} to take the site's pages as well; posts unless set), {@code page-size} (records asked per
 * request, 1 to 100, 50 unless set), {@code page-limit} (the most pages of each type one run reads, 20 unless set;
 * the next run goes on from there), {@code feed} (the feed read while the API is closed; the one the home page
 * announces unless set), and as for feeds {@code fetch-article}, {@code allowed-hosts},
 * {@code allow-private-addresses}, {@code request-interval}.
 */
public class WordPressKind implements SourceKind {

    public static final String KIND = "wordpress";
    public static final String POST_TYPES = "post-types";
    public static final String PAGE_SIZE = "page-size";
    public static final String PAGE_LIMIT = "page-limit";
    public static final String FEED = "feed";

    /** The REST API's collections a source can take, by the names WordPress gives their routes. */
    static final Set<String> TYPES = Set.of("posts", "pages");
    /** WordPress refuses a larger {@code per_page} (rest_invalid_param). */
    static final int MAX_PAGE_SIZE = 100;

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        WebAddresses.problem(source, index, "set the site's address, e.g. 'https://disdik.sawahluntokota.go.id'")
                .ifPresent(problems::add);
        WebAddresses.requestIntervalProblem(source, index).ifPresent(problems::add);
        List<String> types = postTypes(source);
        if (types.isEmpty() || !TYPES.containsAll(types)) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + POST_TYPES, "'"
                    + source.option(POST_TYPES, "") + "' is not a list of posts and pages", "write 'posts' or"
                    + " 'posts, pages'"));
        }
        if (pageSize(source) < 1 || pageSize(source) > MAX_PAGE_SIZE) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + PAGE_SIZE, "'"
                    + source.option(PAGE_SIZE, "") + "' is not 1 to " + MAX_PAGE_SIZE, "write how many posts one"
                    + " request asks for, e.g. '50'"));
        }
        if (pageLimit(source) < 1) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + PAGE_LIMIT, "'"
                    + source.option(PAGE_LIMIT, "") + "' is not a number of pages", "write how many pages one run"
                    + " reads at most, e.g. '20'"));
        }
        String feed = source.option(FEED, null);
        if (feed != null && feed(source).isEmpty()) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + FEED, "'" + feed
                    + "' is not an http(s) address", "write the site's feed, e.g."
                    + " 'https://disdik.sawahluntokota.go.id/feed/', or leave it out to take the one its home page"
                    + " announces"));
        }
        return problems;
    }

    /** The collections the source takes, in the order it names them, which a run reads them in. */
    static List<String> postTypes(SourceDefinition source) {
        return Arrays.stream(source.option(POST_TYPES, "posts").split(","))
                .map(type -> type.strip().toLowerCase(Locale.ROOT)).filter(type -> !type.isEmpty()).distinct()
                .toList();
    }

    static int pageSize(SourceDefinition source) {
        return source.numberOption(PAGE_SIZE, 50);
    }

    static int pageLimit(SourceDefinition source) {
        return source.numberOption(PAGE_LIMIT, 20);
    }

    /** The feed the source names, if it names a right one. */
    static Optional<URI> feed(SourceDefinition source) {
        String feed = source.option(FEED, null);
        if (feed == null || feed.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ApiValues.webLink(feed));
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(WordPressRouteTemplate.RUN);
    }
}
