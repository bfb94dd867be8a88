package id.perpustakaan.jembatan.connectors.http;

import java.time.Duration;
import java.util.Set;

/**
 * The limits one source's fetches keep to.
 *
 * @param allowedHosts          hosts it may fetch from and be redirected to (its own site, a CDN it names)
 * @param allowPrivateAddresses loopback, link-local and private addresses are refused unless this is set (tests
 *                              set it to reach their local server)
 * @param perHostDelay          the least time between two requests to one host
 * @param maxBytes              a larger response is refused
 * @param obeyRobots            honour robots.txt (always, outside tests of the fetcher itself)
 */
public record FetchPolicy(Set<String> allowedHosts, boolean allowPrivateAddresses, String userAgent,
                          Duration connectTimeout, Duration readTimeout, long maxBytes, Duration perHostDelay,
                          boolean obeyRobots) {

    public static final String USER_AGENT =
            "JembatanBot/0.1 (+https://perpustakaan.sawahluntokota.go.id/jembatan; Perpustakaan Kota Sawahlunto)";

    public FetchPolicy {
        allowedHosts = Set.copyOf(allowedHosts);
    }

    /** Safe defaults for a source on the given hosts. */
    public static FetchPolicy forHosts(Set<String> hosts) {
        return new FetchPolicy(hosts, false, USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30),
                20L * 1024 * 1024, Duration.ofSeconds(1), true);
    }
}
