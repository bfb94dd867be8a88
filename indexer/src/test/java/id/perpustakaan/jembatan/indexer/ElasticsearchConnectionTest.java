package id.perpustakaan.jembatan.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credentials and the CA certificate reach the wire: a JDK HTTP(S) server stands in for a secured node (the
 * local minimal node has no security to test against).
 */
class ElasticsearchConnectionTest {

    private static final String API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anApiKeyGoesWithEveryRequest() throws Exception {
        URI node = serve(HttpServer.create(loopback(), 0), "http");

        try (Rest5Client client = ElasticsearchConnection.restClient(settings(node, API_KEY, null, null, null))) {
            client.performRequest(new Request("GET", "/_cluster/health"));
            client.performRequest(new Request("GET", "/_cluster/health"));
        }

        assertThat(authorizations).containsExactly("ApiKey " + API_KEY, "ApiKey " + API_KEY);
    }

    @Test
    void aUsersPasswordGoesAsBasicAuthentication() throws Exception {
        URI node = serve(HttpServer.create(loopback(), 0), "http");

        try (Rest5Client client = ElasticsearchConnection.restClient(settings(node, null, "jembatan",
                "kata sandi ü", null))) {
            client.performRequest(new Request("GET", "/_cluster/health"));
        }

        assertThat(authorizations).containsExactly("Basic amVtYmF0YW46a2F0YSBzYW5kaSDDvA==");
    }

    @Test
    void withoutCredentialsNoAuthorizationIsSent() throws Exception {
        URI node = serve(HttpServer.create(loopback(), 0), "http");

        try (Rest5Client client = ElasticsearchConnection.restClient(settings(node, null, null, null, null))) {
            client.performRequest(new Request("GET", "/_cluster/health"));
        }

        assertThat(authorizations).containsExactly("none");
    }

    @Test
    void httpsNodesAreTrustedThroughTheConfiguredCaCertificate() throws Exception {
        Path keystore = dir.resolve("node.p12");
        Path certificate = dir.resolve("http_ca.crt");
        keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=node",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", certificate.toString());
        HttpsServer https = HttpsServer.create(loopback(), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverContext(keystore)));
        URI node = serve(https, "https");

        try (Rest5Client client = ElasticsearchConnection.restClient(settings(node, API_KEY, null, null,
                certificate))) {
            assertThat(client.performRequest(new Request("GET", "/_cluster/health")).getStatusCode()).isEqualTo(200);
        }
        assertThat(authorizations).containsExactly("ApiKey " + API_KEY);
        // the JVM's own CAs do not know the node's
        try (Rest5Client untrusting = ElasticsearchConnection.restClient(settings(node, API_KEY, null, null, null))) {
            assertThatThrownBy(() -> untrusting.performRequest(new Request("GET", "/_cluster/health")))
                    .hasStackTraceContaining("PKIX path building failed");
        }
    }

    @Test
    void aCaCertificateThatCannotBeReadSaysWhichSetting() throws Exception {
        Path notPem = Files.writeString(dir.resolve("http_ca.crt"), "bukan sertifikat");

        assertThatThrownBy(() -> ElasticsearchConnection.restClient(settings(URI.create("https://es:9200"), API_KEY,
                null, null, notPem)))
                .hasMessageStartingWith("jembatan.elasticsearch.ca-certificate " + notPem
                        + " cannot be read as a PEM certificate")
                .hasMessageContaining("JEMBATAN_ELASTICSEARCH_CA_CERTIFICATE");
    }

    private static ElasticsearchSettings settings(URI node, String apiKey, String username, String password,
                                                  Path caCertificate) {
        return new ElasticsearchSettings(List.of(node), "jembatan", 4, apiKey, username, password, caCertificate);
    }

    private URI serve(HttpServer http, String scheme) {
        http.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "none" : authorization);
            byte[] body = "{\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        server = http;
        return URI.create(scheme + "://127.0.0.1:" + http.getAddress().getPort());
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private static SSLContext serverContext(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** The JDK's own keytool makes the node's self-signed certificate, so no fixture holds a private key. */
    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool: " + output).isZero();
    }
}
