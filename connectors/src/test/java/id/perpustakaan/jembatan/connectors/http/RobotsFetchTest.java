package id.perpustakaan.jembatan.connectors.http;

import static id.perpustakaan.jembatan.connectors.http.LocalOrigin.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.fixtures.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class RobotsFetchTest {

    private static final String ROBOTS = """
            User-agent: *
            Disallow: /

            User-agent: JembatanBot
            Disallow: /arsip/internal
            """;

    @AutoClose
    private final LocalOrigin origin = LocalOrigin.start();

    @Test
    void refusesAPathDisallowedForItsUserAgentWithoutRequestingIt() {
        origin.on("/robots.txt", text(200, ROBOTS)).on("/arsip/internal/gaji.pdf", text(200, "rahasia"));

        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(true))
                .fetch(FetchRequest.of(origin.url("/arsip/internal/gaji.pdf?versi=2"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessage("disallowed by robots.txt of 127.0.0.1: /arsip/internal/gaji.pdf?versi=2");
        assertThat(origin.paths()).containsExactly("/robots.txt");
    }

    @Test
    void followsTheGroupOfItsOwnUserAgentRatherThanTheWildcard() throws Exception {
        origin.on("/robots.txt", text(200, ROBOTS)).on("/berita", text(200, "isi"));

        FetchResponse response = new SafeFetcher(LocalOrigin.policy(true))
                .fetch(FetchRequest.of(origin.url("/berita")));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        origin.on("/berita", text(200, "isi"));

        FetchResponse response = new SafeFetcher(LocalOrigin.policy(true))
                .fetch(FetchRequest.of(origin.url("/berita")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(origin.paths()).containsExactly("/robots.txt", "/berita");
    }

    @Test
    void aFailingRobotsTxtRefusesForNowAsRetryable() {
        origin.on("/robots.txt", text(503, "")).on("/berita", text(200, "isi"));

        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(true))
                .fetch(FetchRequest.of(origin.url("/berita"))))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessage("robots.txt of 127.0.0.1 answered 503 Service Unavailable;"
                        + " nothing is fetched from 127.0.0.1 until it can be read");
        assertThat(origin.paths()).containsExactly("/robots.txt");
    }

    @Test
    void readsRobotsTxtOncePerSiteUntilItsRulesAreTooOld() throws Exception {
        origin.on("/robots.txt", text(200, ROBOTS)).on("/a", text(200, "a")).on("/b", text(200, "b"));
        SettableClock clock = new SettableClock(Instant.parse("2025-06-03T08:00:00Z"));
        SafeFetcher fetcher = new SafeFetcher(LocalOrigin.policy(true), clock, Duration.ofHours(1));

        fetcher.fetch(FetchRequest.of(origin.url("/a")));
        fetcher.fetch(FetchRequest.of(origin.url("/b")));
        clock.advance(Duration.ofMinutes(61));
        fetcher.fetch(FetchRequest.of(origin.url("/a")));

        assertThat(origin.paths()).containsExactly("/robots.txt", "/a", "/b", "/robots.txt", "/a");
    }

    @Test
    void honoursACrawlDelayLongerThanThePolicyDelay() throws Exception {
        origin.on("/robots.txt", text(200, "User-agent: *\nCrawl-delay: 1\n"))
                .on("/a", text(200, "a")).on("/b", text(200, "b"));
        SafeFetcher fetcher = new SafeFetcher(LocalOrigin.policy(true));

        fetcher.fetch(FetchRequest.of(origin.url("/a")));
        fetcher.fetch(FetchRequest.of(origin.url("/b")));

        List<LocalOrigin.Received> received = origin.received();
        assertThat(received).extracting(LocalOrigin.Received::path).containsExactly("/robots.txt", "/a", "/b");
        long spacing = received.get(2).atNanos() - received.get(1).atNanos();
        assertThat(Duration.ofNanos(spacing)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void checksRobotsTxtOfEachRedirectHop() {
        origin.on("/robots.txt", text(200, ROBOTS))
                .on("/unduh", LocalOrigin.redirect(302, "/arsip/internal/gaji.pdf"));

        assertThatThrownBy(() -> new SafeFetcher(LocalOrigin.policy(true)).fetch(FetchRequest.of(origin.url("/unduh"))))
                .hasMessage("disallowed by robots.txt of 127.0.0.1: /arsip/internal/gaji.pdf");
        assertThat(origin.paths()).containsExactly("/robots.txt", "/unduh");
    }

    @Test
    void namesItselfInRobotsGroupsByTheProductTokenOfItsUserAgent() {
        assertThat(RobotsCache.productToken(FetchPolicy.USER_AGENT)).isEqualTo("jembatanbot");
    }
}
