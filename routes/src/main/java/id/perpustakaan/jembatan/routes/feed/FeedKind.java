package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RSS and Atom feeds: {@code url} the feed's address; options {@code allowed-hosts},
 * {@code allow-private-addresses}, and {@code fetch-article: true} to fetch each entry's page for its full text
 * when the feed carries only summaries.
 */
public class FeedKind implements SourceKind {

    public static final String KIND = "feed";
    public static final String FETCH_ARTICLE = "fetch-article";

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        WebAddresses.problem(source, index, "set the feed's address, e.g."
                + " 'https://disdik.sawahluntokota.go.id/feed'").ifPresent(problems::add);
        WebAddresses.requestIntervalProblem(source, index).ifPresent(problems::add);
        return problems;
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(FeedRouteTemplate.RUN);
    }
}
