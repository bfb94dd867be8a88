package id.perpustakaan.jembatan.connectors.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The robots.txt rules of each site, read once and kept for a while (RFC 9309 asks crawlers not to keep them
 * past a day). A site is scheme, host and port: http and https of one host may have different rules.
 *
 * <p>A robots.txt that cannot be read because the server fails (5xx, 429, unreachable) forbids everything for
 * now, as RFC 9309 asks: the site may be struggling. That verdict is kept only briefly so the next run tries
 * again. A missing one (404 and other 4xx) allows everything.
 */
final class RobotsCache {

    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private static final Duration FAILURE_TTL = Duration.ofMinutes(5);

    /** Fetches a robots.txt, following redirects within the source's hosts. */
    @FunctionalInterface
    interface Source {
        GuardedClient.Answer get(URI robotsTxt) throws FetchException;
    }

    /** The rules of one site, or why they are not known. */
    record Verdict(BaseRobotRules rules, FetchException unreadable, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final List<String> robotNames;
    private final ConcurrentMap<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> loading = new ConcurrentHashMap<>();

    RobotsCache(Clock clock, Duration ttl, String userAgent) {
        this.clock = clock;
        this.ttl = ttl;
        this.robotNames = List.of(productToken(userAgent));
    }

    /**
     * The rules that apply to the url's site, reading its robots.txt through {@code source} (the asking source's own
     * fetcher, within its allowed hosts) when not known or too old.
     */
    BaseRobotRules rulesFor(URI url, Source source) throws FetchException {
        String site = site(url);
        // One reader per site, so pages fetched in parallel do not each ask for robots.txt.
        synchronized (loading.computeIfAbsent(site, s -> new Object())) {
            Verdict verdict = verdicts.get(site);
            if (verdict == null || !clock.instant().isBefore(verdict.expires())) {
                verdict = read(URI.create(site + "/robots.txt"), url.getHost(), source);
                verdicts.put(site, verdict);
            }
            if (verdict.unreadable() != null) {
                FetchException kept = verdict.unreadable();
                throw new FetchException(kept.getMessage(), true, kept.getCause());
            }
            return verdict.rules();
        }
    }

    /** The crawl-delay the rules ask for, if they ask for one. */
    static Optional<Duration> crawlDelay(BaseRobotRules rules) {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0
                ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }

    private Verdict read(URI robotsTxt, String host, Source source) throws FetchException {
        Instant now = clock.instant();
        GuardedClient.Answer answer;
        try {
            answer = source.get(robotsTxt);
        } catch (FetchException e) {
            if (!e.retryable()) {
                // A refused address or a redirect off the source's hosts: the reason applies to the page as well.
                throw e;
            }
            return unreadable(now, "robots.txt of " + host + " cannot be read (" + e.getMessage()
                    + "); nothing is fetched from " + host + " until it can", e);
        }
        int status = answer.status();
        if (status / 100 == 2) {
            BaseRobotRules rules = new SimpleRobotRulesParser()
                    .parseContent(robotsTxt.toString(), answer.body(), contentType(answer), robotNames);
            return new Verdict(rules, null, now.plus(ttl));
        }
        if (status == 429 || status / 100 == 5) {
            return unreadable(now, "robots.txt of " + host + " answered " + ReasonText.status(status)
                    + "; nothing is fetched from " + host + " until it can be read", null);
        }
        return new Verdict(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null, now.plus(ttl));
    }

    private Verdict unreadable(Instant now, String reason, Throwable cause) {
        Duration keep = ttl.compareTo(FAILURE_TTL) < 0 ? ttl : FAILURE_TTL;
        return new Verdict(null, new FetchException(reason, true, cause), now.plus(keep));
    }

    private static String contentType(GuardedClient.Answer answer) {
        return answer.headers().firstValue("Content-Type").orElse("text/plain");
    }

    private static String site(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (port == -1 || port == defaultPort ? "" : ":" + port);
    }

    /** Robots groups name the crawler by its product token: "JembatanBot/0.1 (+https://…)" is "jembatanbot". */
    static String productToken(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }
}
