package id.perpustakaan.jembatan.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Removes what {@link IndexSetup} made for a test's own index prefix, so the test node keeps only its shared set. */
final class TestIndices {

    private TestIndices() {
    }

    /** By name: the node refuses wildcard deletes. */
    static void remove(ElasticsearchClient elasticsearch, String prefix) throws IOException {
        IndexSetup indices = new IndexSetup(elasticsearch, prefix);
        List<String> templates = new ArrayList<>(List.of(indices.analyticsAlias()));
        for (IndexKind kind : IndexKind.values()) {
            templates.add(indices.alias(kind));
        }
        for (String index : elasticsearch.indices().get(g -> g.index(prefix + "-*")).indices().keySet()) {
            elasticsearch.indices().delete(d -> d.index(index));
        }
        for (String template : templates) {
            if (elasticsearch.indices().existsIndexTemplate(t -> t.name(template)).value()) {
                elasticsearch.indices().deleteIndexTemplate(d -> d.name(template));
            }
        }
        if (elasticsearch.cluster().existsComponentTemplate(c -> c.name(prefix + "-documents")).value()) {
            elasticsearch.cluster().deleteComponentTemplate(d -> d.name(prefix + "-documents"));
        }
    }
}
