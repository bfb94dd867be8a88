package id.perpustakaan.jembatan.indexer.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SearchAnalyticsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void dropsAndCountsEventsInsteadOfBlockingSearchesWhenElasticsearchDoesNotAnswer() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            ElasticsearchClient client = client(silent);
            SearchAnalytics analytics = new SearchAnalytics(client, new IndexSetup(client, "jembatan", CLOCK), CLOCK, true, 10);
            int searches = 10_000;

            // the first bulk hangs in flight, the ingester's buffer fills, then the writer's: searches go on
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < searches; i++) {
                    analytics.searched(SearchAnalytics.newSearchId(), "beasiswa " + i, List.of(), "relevance", 3);
                }
            });

            // held at most: a bulk in flight, the ingester's buffer, the writer's hand and the 10 waiting
            assertThat(analytics.dropped()).isGreaterThanOrEqualTo(searches - 3 * 1_000 - 10 - 1);
            silent.close();
            analytics.close();
            client._transport().close();
        }
    }

    @Test
    void sendsNothingWhenDisabled() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            ElasticsearchClient client = client(silent);
            SearchAnalytics analytics = new SearchAnalytics(client, new IndexSetup(client, "jembatan", CLOCK), CLOCK, false, 10);

            for (int i = 0; i < 100; i++) {
                analytics.searched(SearchAnalytics.newSearchId(), "beasiswa", List.of(), "relevance", 3);
            }

            assertThat(analytics.dropped()).isZero();
            assertThat(silent.connections()).isZero();
            analytics.close();
            client._transport().close();
        }
    }

    /** A client as the application configures it (its mapper writes {@code Instant}s). */
    private static ElasticsearchClient client(SilentServer server) {
        var mapper = new JacksonJsonpMapper(JembatanJson.configure(JsonMapper.builder().build()));
        return ElasticsearchClient.of(b -> b.host("http://127.0.0.1:" + server.port()).jsonMapper(mapper));
    }

    /** Accepts connections and never answers, like a node stuck in a long garbage collection. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentServer() throws IOException {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!server.isClosed()) {
                        accepted.add(server.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
