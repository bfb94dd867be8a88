package id.perpustakaan.jembatan.indexer;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is. Without {@code uris} the application starts a local node (see the app's local
 * services).
 *
 * @param indexPrefix    names of aliases and indices start with it, so several deployments can share a cluster
 * @param maxConnections connections to each node: searches beyond it wait in the client for a free one
 */
@ConfigurationProperties("jembatan.elasticsearch")
public record ElasticsearchSettings(List<URI> uris, @DefaultValue("jembatan") String indexPrefix,
                                    @DefaultValue("64") int maxConnections) {

    public ElasticsearchSettings {
        uris = uris == null ? List.of() : List.copyOf(uris);
        if (maxConnections < 1) {
            throw new IllegalArgumentException("jembatan.elasticsearch.max-connections must be at least 1, not "
                    + maxConnections);
        }
    }
}
