package id.perpustakaan.jembatan.connectors.http;

import static id.perpustakaan.jembatan.connectors.http.LocalOrigin.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class FetchLimitsTest {

    @AutoClose
    private final LocalOrigin origin = LocalOrigin.start();

    @Test
    void refusesABodyDeclaredLargerThanTheCap() {
        origin.on("/besar", text(200, "x".repeat(10_000)));

        fetching("/besar", limits(4096, Duration.ofSeconds(5)))
                .hasMessage("too large: more than 4 KB at " + origin.url("/besar"));
    }

    @Test
    void stopsAStreamedBodyOfUnknownLengthOnceItPassesTheCap() {
        origin.on("/aliran", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                    out.flush();
                }
            } catch (java.io.IOException stoppedByClient) {
                // the client hanging up is the point
            }
        });

        fetching("/aliran", limits(4096, Duration.ofSeconds(5)))
                .hasMessage("too large: more than 4 KB at " + origin.url("/aliran"));
    }

    @Test
    void acceptsABodyExactlyAtTheCap() throws Exception {
        origin.on("/pas", text(200, "x".repeat(4096)));

        FetchResponse response = new SafeFetcher(limits(4096, Duration.ofSeconds(5)))
                .fetch(FetchRequest.of(origin.url("/pas")));

        assertThat(response.body()).hasSize(4096);
    }

    @Test
    void timesOutRetryablyWhenTheOriginAnswersAfterTheReadTimeout() {
        origin.on("/lambat", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            text(200, "terlambat").handle(exchange);
        });

        long started = System.nanoTime();
        fetching("/lambat", limits(1024, Duration.ofMillis(300)))
                .hasMessage("timeout after 300 ms at " + origin.url("/lambat"))
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void notFoundAndGoneAreNotRetryable() {
        origin.on("/hilang", text(410, ""));

        fetching("/tidak-ada", LocalOrigin.policy(false))
                .hasMessage("404 Not Found at " + origin.url("/tidak-ada"))
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isFalse());
        fetching("/hilang", LocalOrigin.policy(false))
                .hasMessage("410 Gone at " + origin.url("/hilang"))
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isFalse());
    }

    @Test
    void serverTroubleAndThrottlingAreRetryable() {
        origin.on("/sibuk", text(503, "pemeliharaan")).on("/pelan", text(429, ""));

        fetching("/sibuk", LocalOrigin.policy(false))
                .hasMessage("503 Service Unavailable at " + origin.url("/sibuk"))
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isTrue());
        fetching("/pelan", LocalOrigin.policy(false))
                .hasMessage("429 Too Many Requests at " + origin.url("/pelan"))
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isTrue());
    }

    @Test
    void otherClientErrorsAreNotRetryable() {
        origin.on("/rahasia", text(403, ""));

        fetching("/rahasia", LocalOrigin.policy(false))
                .hasMessage("403 Forbidden at " + origin.url("/rahasia"))
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isFalse());
    }

    @Test
    void aRefusedConnectionIsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/berita");

        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(false)).fetch(FetchRequest.of(url)))
                .hasMessageStartingWith("cannot connect to 127.0.0.1 at " + url)
                .satisfies(e -> assertThat(((FetchException) e).retryable()).isTrue());
    }

    private AbstractThrowableAssert<?, ? extends Throwable> fetching(String path, FetchPolicy policy) {
        return assertThatThrownBy(() -> new SafeFetcher(policy).fetch(FetchRequest.of(origin.url(path))))
                .isInstanceOf(FetchException.class);
    }

    private static FetchPolicy limits(long maxBytes, Duration readTimeout) {
        return new FetchPolicy(Set.of("127.0.0.1:*"), true, FetchPolicy.USER_AGENT, Duration.ofSeconds(2),
                readTimeout, maxBytes, Duration.ZERO, false);
    }
}
