package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.http.AllowedHosts;
import id.perpustakaan.jembatan.connectors.http.FetchException;
import id.perpustakaan.jembatan.connectors.http.FetchPolicy;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.connectors.http.Fetcher;
import id.perpustakaan.jembatan.connectors.http.Politeness;
import id.perpustakaan.jembatan.connectors.http.SafeFetcher;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One fetcher per web source, with that source's policy from its options: {@code allowed-hosts} (comma-separated
 * {@code host}, {@code host:port}, {@code *.domain}; a host without a port is allowed on 80 and 443 only; by default
 * the host of its URL), always with the port of its own URL, and {@code allow-private-addresses} (off unless the
 * source says so), and {@code request-interval} (the least time between two requests to its host, 1 s unless set;
 * a longer robots.txt crawl-delay still wins). Every fetcher waits its turn at a host with all the others: two
 * sources of one agency share its host's pace and robots.txt.
 */
public final class WebPolicies {

    public static final String ALLOWED_HOSTS = "allowed-hosts";
    public static final String ALLOW_PRIVATE_ADDRESSES = "allow-private-addresses";

    private final Map<String, Fetcher> fetchers = new ConcurrentHashMap<>();
    private final Map<String, AllowedHosts> hosts = new ConcurrentHashMap<>();
    private final Politeness politeness;

    public WebPolicies(Politeness politeness) {
        this.politeness = politeness;
    }

    public Fetcher fetcherFor(SourceDefinition source) {
        return fetchers.computeIfAbsent(source.id(), id -> new SafeFetcher(policyOf(source), politeness));
    }

    /**
     * Fetches for the source; an address that cannot be fetched is this item's refusal, and the next scheduled run
     * tries again (until then one dead letter says why).
     */
    public FetchResponse fetch(SourceDefinition source, FetchRequest request) {
        try {
            return fetcherFor(source).fetch(request);
        } catch (FetchException e) {
            throw new ContentRejectedException("fetch", e.getMessage(), e);
        }
    }

    /**
     * The source's allowed hosts, for an address it declares without its being fetched (a post's link shown to
     * citizens), which must stay where its fetches may go.
     */
    public AllowedHosts allowedHosts(SourceDefinition source) {
        return hosts.computeIfAbsent(source.id(), id -> new AllowedHosts(policyOf(source).allowedHosts()));
    }

    static FetchPolicy policyOf(SourceDefinition source) {
        URI location = URI.create(source.location());
        String host = location.getHost();
        Set<String> hosts = Arrays.stream(source.option(ALLOWED_HOSTS, host).split(","))
                .map(String::strip).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        if (location.getPort() != -1) {
            // the source's own address on its own port; other ports of that host only when listed with their port
            hosts.add((host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":"
                    + location.getPort());
        }
        FetchPolicy defaults = FetchPolicy.forHosts(hosts);
        return new FetchPolicy(defaults.allowedHosts(),
                Boolean.parseBoolean(source.option(ALLOW_PRIVATE_ADDRESSES, "false")), defaults.userAgent(),
                defaults.connectTimeout(), defaults.readTimeout(), defaults.maxBytes(),
                WebAddresses.requestInterval(source).orElse(defaults.perHostDelay()),
                defaults.obeyRobots());
    }
}
