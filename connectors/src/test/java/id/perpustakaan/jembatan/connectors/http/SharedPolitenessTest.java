package id.perpustakaan.jembatan.connectors.http;

import static id.perpustakaan.jembatan.connectors.http.LocalOrigin.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Two sources of one agency (its feed and its website) are two fetchers on one host. */
class SharedPolitenessTest {

    @AutoClose
    private final LocalOrigin origin = LocalOrigin.start();

    @Test
    void twoSourcesOnOneHostTakeTurnsWithThePauseBetween() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        LocalOrigin.Answer slow = exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                // a server that takes its time, so that a second request sent meanwhile would overlap: its
                // latency, not a wait of the test
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            text(200, "isi").handle(exchange);
        };
        origin.on("/feed", slow).on("/berita", slow);
        Politeness shared = Politeness.standard(Clock.systemUTC());
        SafeFetcher feed = new SafeFetcher(withDelay(Duration.ofMillis(100)), shared);
        SafeFetcher website = new SafeFetcher(withDelay(Duration.ofMillis(100)), shared);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<FetchResponse>> pending = List.of(
                    threads.submit(() -> feed.fetch(FetchRequest.of(origin.url("/feed")))),
                    threads.submit(() -> website.fetch(FetchRequest.of(origin.url("/berita")))),
                    threads.submit(() -> feed.fetch(FetchRequest.of(origin.url("/feed")))),
                    threads.submit(() -> website.fetch(FetchRequest.of(origin.url("/berita")))));
            for (Future<FetchResponse> each : pending) {
                assertThat(each.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(most.get()).isEqualTo(1);
        List<LocalOrigin.Received> received = origin.received();
        assertThat(received).hasSize(4);
        for (int i = 1; i < received.size(); i++) {
            // the pause runs from the end of one answer (≥ 40 ms after it began) to the next request
            assertThat(Duration.ofNanos(received.get(i).atNanos() - received.get(i - 1).atNanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(140));
        }
    }

    @Test
    void twoSourcesOnOneSiteReadItsRobotsTxtOnce() throws Exception {
        origin.on("/robots.txt", text(200, "User-agent: *\nDisallow: /rahasia\n")).on("/feed", text(200, "feed"))
                .on("/berita", text(200, "berita"));
        Politeness shared = Politeness.standard(Clock.systemUTC());

        new SafeFetcher(LocalOrigin.policy(true), shared).fetch(FetchRequest.of(origin.url("/feed")));
        new SafeFetcher(LocalOrigin.policy(true), shared).fetch(FetchRequest.of(origin.url("/berita")));

        assertThat(origin.paths()).containsExactly("/robots.txt", "/feed", "/berita");
    }

    private static FetchPolicy withDelay(Duration delay) {
        FetchPolicy p = LocalOrigin.policy(false);
        return new FetchPolicy(Set.of("127.0.0.1:*"), true, p.userAgent(), p.connectTimeout(), p.readTimeout(),
                p.maxBytes(), delay, false);
    }
}
