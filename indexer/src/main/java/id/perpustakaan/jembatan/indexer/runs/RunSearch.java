package id.perpustakaan.jembatan.indexer.runs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.perpustakaan.jembatan.model.SourceRun;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads each source's latest run, whichever instance harvested it. */
public class RunSearch {

    /** More sources than any library configures; a page of the sources page lists them all. */
    private static final int MAX_SOURCES = 10_000;

    private final ElasticsearchClient client;
    private final String alias;

    public RunSearch(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Every source's latest run, by source id; none while the index is being set up. */
    public Map<String, SourceRun> all() throws IOException {
        Map<String, SourceRun> runs = new HashMap<>();
        for (Hit<SourceRun> hit : client.search(s -> s.index(alias).size(MAX_SOURCES).ignoreUnavailable(true)
                .allowNoIndices(true), SourceRun.class).hits().hits()) {
            if (hit.source() != null) {
                runs.put(hit.id(), hit.source());
            }
        }
        return runs;
    }

    /** One source's latest run, as written (a realtime read, not waiting for a refresh). */
    public Optional<SourceRun> last(String sourceId) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Optional.empty();
        }
        var found = client.get(g -> g.index(alias).id(sourceId), SourceRun.class);
        return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    }
}
