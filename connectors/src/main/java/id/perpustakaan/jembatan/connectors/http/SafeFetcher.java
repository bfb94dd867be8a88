package id.perpustakaan.jembatan.connectors.http;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fetches from the web the way a library's crawler should: only from the hosts a source names, never from the
 * library's own network, one request at a time per host with a pause between, within robots.txt, and without
 * downloading again what has not changed.
 *
 * <p>Redirects are followed here, not by the client, so that every hop is checked against the allowed hosts,
 * robots.txt and the address rules before anything is sent to it.
 */
public final class SafeFetcher implements Fetcher {

    static final int MAX_REDIRECTS = 5;
    /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; more is cut off, not refused. */
    private static final long ROBOTS_CAP = 512 * 1024;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final FetchPolicy policy;
    private final AllowedHosts allowedHosts;
    private final GuardedClient client;
    private final RobotsCache robots;
    private final RobotsCache.Source robotsTxt = url -> follow(url, Map.of(), ROBOTS_CAP, false);

    /** A fetcher paced on its own: for a fetcher used alone; sources share one {@link Politeness}. */
    public SafeFetcher(FetchPolicy policy) {
        this(policy, Clock.systemUTC(), RobotsCache.DEFAULT_TTL);
    }

    /**
     * @param clock     decides when cached robots.txt rules are too old
     * @param robotsTtl how long robots.txt rules are kept before being read again
     */
    public SafeFetcher(FetchPolicy policy, Clock clock, Duration robotsTtl) {
        this(policy, new Politeness(clock, robotsTtl, policy.userAgent()));
    }

    /** A fetcher that waits its turn at each host with every other fetcher sharing {@code politeness}. */
    public SafeFetcher(FetchPolicy policy, Politeness politeness) {
        this.policy = policy;
        this.allowedHosts = new AllowedHosts(policy.allowedHosts());
        this.client = new GuardedClient(policy, new AddressGuard(policy.allowPrivateAddresses()), politeness.pacing);
        this.robots = politeness.robots;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) throws FetchException {
        URI start = withoutFragment(request.url());
        if (!isHttp(start)) {
            throw new FetchException("cannot fetch " + start + ": only http and https addresses are fetched", false);
        }
        if (!allowedHosts.permits(start)) {
            throw new FetchException(start + " is outside the source's allowed hosts " + allowedHosts
                    + " (add its host to the source if it belongs to it)", false);
        }
        GuardedClient.Answer answer = follow(start, conditionalHeaders(request), policy.maxBytes(),
                policy.obeyRobots());
        return respond(request, answer);
    }

    private GuardedClient.Answer follow(URI start, Map<String, String> headers, long cap, boolean obeyRobots)
            throws FetchException {
        URI url = start;
        for (int redirects = 0; ; redirects++) {
            Duration gap = policy.perHostDelay();
            if (obeyRobots) {
                BaseRobotRules rules = robots.rulesFor(url, robotsTxt);
                if (!rules.isAllowed(url.toString())) {
                    throw new FetchException("disallowed by robots.txt of " + url.getHost() + ": " + pathOf(url),
                            false);
                }
                gap = RobotsCache.crawlDelay(rules).filter(delay -> delay.compareTo(policy.perHostDelay()) > 0)
                        .orElse(gap);
            }
            GuardedClient.Answer answer = client.get(url, headers, cap, gap);
            if (!REDIRECTS.contains(answer.status())) {
                return answer;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + start, false);
            }
            url = nextHop(answer);
        }
    }

    private URI nextHop(GuardedClient.Answer answer) throws FetchException {
        String location = answer.headers().firstValue("Location").orElseThrow(() -> new FetchException(
                ReasonText.status(answer.status()) + " without a Location at " + answer.url(), false));
        URI next;
        try {
            next = withoutFragment(answer.url().resolve(location.trim()));
        } catch (IllegalArgumentException e) {
            throw new FetchException("redirect from " + answer.url() + " to an invalid address '" + location + "'",
                    false, e);
        }
        if (!isHttp(next)) {
            throw new FetchException("redirect to " + next + " is not an http or https address", false);
        }
        if (!allowedHosts.permits(next)) {
            throw new FetchException("redirect to " + next + " leaves the source's allowed hosts " + allowedHosts,
                    false);
        }
        return next;
    }

    private FetchResponse respond(FetchRequest request, GuardedClient.Answer answer) throws FetchException {
        int status = answer.status();
        HttpHeaders headers = answer.headers();
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String etag = headers.firstValue("ETag").orElse(null);
        String language = headers.firstValue("Content-Language").orElse(null);
        Instant lastModified = headers.firstValue("Last-Modified").map(SafeFetcher::parseHttpDate).orElse(null);
        if (status == 304) {
            // A 304 need not repeat the validators; those of the request still describe the content held.
            return new FetchResponse(answer.url(), status, true, contentType, new byte[0],
                    etag != null ? etag : request.etag(),
                    lastModified != null ? lastModified : request.lastModified(), language, headers);
        }
        if (status / 100 == 2) {
            if (answer.overflowed()) {
                throw new FetchException("too large: more than " + ReasonText.size(policy.maxBytes()) + " at "
                        + answer.url(), false);
            }
            return new FetchResponse(answer.url(), status, false, contentType, answer.body(), etag, lastModified,
                    language, headers);
        }
        boolean retryable = status == 408 || status == 429 || status / 100 == 5;
        throw new FetchException(ReasonText.status(status) + " at " + answer.url(), retryable, status);
    }

    private static Map<String, String> conditionalHeaders(FetchRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.etag() != null) {
            headers.put("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            headers.put("If-Modified-Since", HTTP_DATE.format(request.lastModified()));
        }
        return headers;
    }

    private static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isHttp(URI url) {
        String scheme = url.getScheme();
        return url.getHost() != null && scheme != null
                && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    private static URI withoutFragment(URI url) {
        String text = url.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? url : URI.create(text.substring(0, hash));
    }

    private static String pathOf(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}
