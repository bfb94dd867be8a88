package id.perpustakaan.jembatan.indexer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Elasticsearch is and how to log in. Without {@code uris} the default run starts a local node (the
 * {@code local} module); a build without it stops at start.
 *
 * @param indexPrefix    names of aliases and indices start with it, so several deployments can share a cluster
 * @param maxConnections connections to each node: searches beyond it wait in the client for a free one
 * @param apiKey         an API key, as Elasticsearch encodes it ({@code encoded} of {@code POST /_security/api_key});
 *                       sent as {@code Authorization: ApiKey …}
 * @param username       with {@code password}, for HTTP Basic; not together with {@code apiKey}
 * @param caCertificate  the PEM certificate of the CA that signed the nodes' https certificates (Elasticsearch's
 *                       {@code config/certs/http_ca.crt}); without it the JVM's trusted CAs decide
 */
@ConfigurationProperties("jembatan.elasticsearch")
public record ElasticsearchSettings(List<URI> uris, String indexPrefix,
                                    int maxConnections, String apiKey, String username,
                                    String password, Path caCertificate) {

    public ElasticsearchSettings {
        uris = uris == null ? List.of() : List.copyOf(uris);
        apiKey = blank(apiKey) ? null : apiKey;
        username = blank(username) ? null : username;
        password = blank(password) ? null : password;
        if (maxConnections < 1) {
            throw new IllegalArgumentException("jembatan.elasticsearch.max-connections must be at least 1, not "
                    + maxConnections);
        }
        if (apiKey != null && (username != null || password != null)) {
            throw new IllegalArgumentException("jembatan.elasticsearch.api-key and jembatan.elasticsearch.username/"
                    + "password are both set: Elasticsearch takes one of them, remove the other");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("jembatan.elasticsearch." + (username == null ? "password" : "username")
                    + " is set without jembatan.elasticsearch." + (username == null ? "username" : "password")
                    + ": set both (JEMBATAN_ELASTICSEARCH_USERNAME, JEMBATAN_ELASTICSEARCH_PASSWORD)");
        }
    }

    /** Whether requests carry credentials (an API key or a user's password). */
    public boolean authenticated() {
        return apiKey != null || username != null;
    }

    @Override
    public String toString() {
        return "ElasticsearchSettings[uris=" + uris + ", indexPrefix=" + indexPrefix + ", maxConnections="
                + maxConnections + ", apiKey=" + (apiKey == null ? null : "[hidden]") + ", username=" + username
                + ", password=" + (password == null ? null : "[hidden]") + ", caCertificate=" + caCertificate + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
