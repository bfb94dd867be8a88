package id.perpustakaan.jembatan.indexer;

import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The low-level client every Elasticsearch request of Jembatan goes through: the nodes, a connection pool sized for
 * concurrent searches, and, for a secured cluster, credentials on every request (an API key or a user's password)
 * and the CA that signed the nodes' certificates.
 */
public final class ElasticsearchConnection {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConnection.class);

    private ElasticsearchConnection() {
    }

    public static Rest5Client restClient(ElasticsearchSettings settings) {
        if (settings.uris().isEmpty()) {
            throw new IllegalStateException("jembatan.elasticsearch.uris is empty: set it (JEMBATAN_ELASTICSEARCH_URIS)"
                    + "; only the default run, with the local services, starts a node of its own");
        }
        // the client's default pool (10 connections a node) queued concurrent searches in the client, behind the
        // projections' bulk requests and each other, while the node had threads to spare
        Rest5ClientBuilder builder = Rest5Client.builder(settings.uris())
                .setConnectionManagerCallback(pool -> pool.setMaxConnPerRoute(settings.maxConnections())
                        .setMaxConnTotal(settings.maxConnections() * settings.uris().size()))
                // Elasticsearch sets no cookies: looking for them in every request and answer is wasted work
                .setHttpClientConfigCallback(http -> http.disableCookieManagement());
        if (settings.authenticated()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, authorization(settings))});
            if (settings.uris().stream().anyMatch(uri -> "http".equalsIgnoreCase(uri.getScheme()))) {
                log.warn("Elasticsearch credentials go over plain http to {}: anyone on the way can read them; use"
                        + " https:// (and jembatan.elasticsearch.ca-certificate)", settings.uris());
            }
        }
        if (settings.caCertificate() != null) {
            builder.setSSLContext(trusting(settings));
        }
        return builder.build();
    }

    private static String authorization(ElasticsearchSettings settings) {
        if (settings.apiKey() != null) {
            return "ApiKey " + settings.apiKey();
        }
        return "Basic " + Base64.getEncoder().encodeToString((settings.username() + ":" + settings.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static SSLContext trusting(ElasticsearchSettings settings) {
        try (InputStream pem = Files.newInputStream(settings.caCertificate())) {
            return TransportUtils.sslContextFromHttpCaCrt(pem);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("jembatan.elasticsearch.ca-certificate " + settings.caCertificate()
                    + " cannot be read as a PEM certificate (" + e.getMessage() + "): point"
                    + " JEMBATAN_ELASTICSEARCH_CA_CERTIFICATE at the CA certificate of the nodes, e.g. Elasticsearch's"
                    + " config/certs/http_ca.crt", e);
        }
    }
}
