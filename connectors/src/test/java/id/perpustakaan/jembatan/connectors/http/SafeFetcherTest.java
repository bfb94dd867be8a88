package id.perpustakaan.jembatan.connectors.http;

import static id.perpustakaan.jembatan.connectors.http.LocalOrigin.redirect;
import static id.perpustakaan.jembatan.connectors.http.LocalOrigin.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

    private static final String LAST_MODIFIED = "Tue, 03 Jun 2025 11:05:30 GMT";

    @AutoClose
    private final LocalOrigin origin = LocalOrigin.start();

    @Test
    void keepsBodyContentTypeEtagAndLastModifiedOfA200() throws Exception {
        origin.on("/berita", text(200, "Pengumuman", "ETag", "\"v1\"", "Last-Modified", LAST_MODIFIED));

        FetchResponse response = new SafeFetcher(LocalOrigin.policy(false))
                .fetch(FetchRequest.of(origin.url("/berita")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.notModified()).isFalse();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("Pengumuman");
        assertThat(response.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(response.etag()).isEqualTo("\"v1\"");
        assertThat(response.lastModified()).isEqualTo(Instant.parse("2025-06-03T11:05:30Z"));
        assertThat(response.url()).isEqualTo(origin.url("/berita"));
    }

    @Test
    void secondFetchSendsValidatorsOfTheFirstAndGetsNotModified() throws Exception {
        origin.on("/berita", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v1\"".equals(etag)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                text(200, "Pengumuman", "ETag", "\"v1\"", "Last-Modified", LAST_MODIFIED).handle(exchange);
            }
        });
        SafeFetcher fetcher = new SafeFetcher(LocalOrigin.policy(false));
        FetchResponse first = fetcher.fetch(FetchRequest.of(origin.url("/berita")));

        FetchResponse second =
                fetcher.fetch(new FetchRequest(origin.url("/berita"), first.etag(), first.lastModified()));

        assertThat(second.notModified()).isTrue();
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(second.etag()).isEqualTo("\"v1\"");
        assertThat(second.lastModified()).isEqualTo(first.lastModified());
        LocalOrigin.Received conditional = origin.received().get(1);
        assertThat(conditional.headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.headers().getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(origin.received().get(0).headers().containsKey("If-None-Match")).isFalse();
    }

    @Test
    void followsRedirectsWithinTheAllowedHosts() throws Exception {
        origin.on("/lama", redirect(301, "/tengah"))
                .on("/tengah", redirect(302, origin.url("/baru").toString()))
                .on("/baru", text(200, "isi"));

        FetchResponse response = new SafeFetcher(LocalOrigin.policy(false)).fetch(FetchRequest.of(origin.url("/lama")));

        assertThat(response.url()).isEqualTo(origin.url("/baru"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("isi");
        assertThat(origin.paths()).containsExactly("/lama", "/tengah", "/baru");
    }

    @Test
    void refusesRedirectToAHostOutsideTheAllowedHostsWithoutFollowingIt() {
        String elsewhere = origin.urlViaLocalhost("/lain").toString();
        origin.on("/lama", redirect(302, elsewhere)).on("/lain", text(200, "tidak boleh"));

        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(false))
                .fetch(FetchRequest.of(origin.url("/lama"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessage("redirect to " + elsewhere + " leaves the source's allowed hosts [127.0.0.1:*]");
        assertThat(origin.paths()).containsExactly("/lama");
    }

    @Test
    void refusesRedirectToAnotherPortOfTheSameHost() throws Exception {
        try (LocalOrigin console = new LocalOrigin()) {
            String elsewhere = console.url("/_cat/indices").toString();
            console.on("/_cat/indices", text(200, "rahasia"));
            origin.on("/lama", redirect(302, elsewhere));
            FetchPolicy p = LocalOrigin.policy(false);
            FetchPolicy ownPortOnly = new FetchPolicy(Set.of("127.0.0.1:" + origin.url("/").getPort()), true,
                    p.userAgent(), p.connectTimeout(), p.readTimeout(), p.maxBytes(), p.perHostDelay(), false);

            assertThatThrownBy(() -> new SafeFetcher(ownPortOnly).fetch(FetchRequest.of(origin.url("/lama"))))
                    .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageStartingWith("redirect to " + elsewhere + " leaves the source's allowed hosts");
            assertThat(console.paths()).isEmpty();
        }
    }

    @Test
    void givesUpAfterFiveRedirects() {
        origin.on("/putar", redirect(302, "/putar"));

        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(false))
                .fetch(FetchRequest.of(origin.url("/putar"))))
                .hasMessage("more than 5 redirects from " + origin.url("/putar"));
        assertThat(origin.paths()).hasSize(6);
    }

    @Test
    void refusesAStartAddressOutsideTheAllowedHosts() {
        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(false))
                .fetch(FetchRequest.of(origin.urlViaLocalhost("/berita"))))
                .hasMessageContaining("is outside the source's allowed hosts [127.0.0.1:*]");
        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(false))
                .fetch(FetchRequest.of(URI.create("file:///etc/passwd"))))
                .hasMessageContaining("only http and https addresses are fetched");
        assertThat(origin.received()).isEmpty();
    }

    @Test
    void identifiesItselfWithItsUserAgentOnEveryRequestIncludingRobotsTxt() throws Exception {
        origin.on("/berita", text(200, "isi"));

        new SafeFetcher(LocalOrigin.policy(true)).fetch(FetchRequest.of(origin.url("/berita")));

        assertThat(origin.paths()).containsExactly("/robots.txt", "/berita");
        assertThat(origin.received()).allSatisfy(request ->
                assertThat(request.headers().getFirst("User-Agent")).isEqualTo(FetchPolicy.USER_AGENT));
    }

    @Test
    void waitsThePerHostDelayBetweenTwoRequestsToOneHost() throws Exception {
        origin.on("/a", text(200, "a")).on("/b", text(200, "b"));
        SafeFetcher fetcher = new SafeFetcher(withDelay(Duration.ofMillis(200)));

        fetcher.fetch(FetchRequest.of(origin.url("/a")));
        fetcher.fetch(FetchRequest.of(origin.url("/b")));

        List<LocalOrigin.Received> received = origin.received();
        long spacing = received.get(1).atNanos() - received.get(0).atNanos();
        assertThat(Duration.ofNanos(spacing)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void sendsOneRequestAtATimeToAHostEvenFromManyThreads() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        origin.on("/lambat", exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            text(200, "isi").handle(exchange);
        });
        SafeFetcher fetcher = new SafeFetcher(LocalOrigin.policy(false));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<FetchResponse>> pending = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pending.add(threads.submit(() -> fetcher.fetch(FetchRequest.of(origin.url("/lambat")))));
            }
            for (Future<FetchResponse> each : pending) {
                assertThat(each.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
        assertThat(origin.received()).hasSize(4);
    }

    private static FetchPolicy withDelay(Duration delay) {
        FetchPolicy p = LocalOrigin.policy(false);
        return new FetchPolicy(Set.of("127.0.0.1:*"), true, p.userAgent(), p.connectTimeout(), p.readTimeout(),
                p.maxBytes(), delay, false);
    }
}
