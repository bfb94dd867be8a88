package id.perpustakaan.jembatan.indexer;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is. Without {@code uris} the application starts a local node (see the app's local
 * services).
 *
 * @param indexPrefix names of aliases and indices start with it, so several deployments can share a cluster
 */
@ConfigurationProperties("jembatan.elasticsearch")
public record ElasticsearchSettings(List<URI> uris, @DefaultValue("jembatan") String indexPrefix) {

    public ElasticsearchSettings {
        uris = uris == null ? List.of() : List.copyOf(uris);
    }
}
