package id.perpustakaan.jembatan.connectors.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts a source names: an exact name, or {@code *.example.org} for any subdomain of example.org (not
 * example.org itself, which is listed on its own when meant); each with a port ({@code host:8080},
 * {@code [::1]:8080}, {@code host:*} for any) or without, which allows the standard ports 80 and 443 only. Another
 * port of an allowed host is another service (an admin console, a database's HTTP interface), so it is not allowed
 * by the name alone. Public for the addresses a source declares without their being fetched (a WordPress post's
 * link), which must stay within the same hosts.
 */
public final class AllowedHosts {

    private static final int STANDARD_PORTS = -1;
    private static final int ANY_PORT = 0;

    private record Entry(String host, int port) implements Comparable<Entry> {

        boolean permits(String candidate, int candidatePort) {
            boolean portAllowed = port == STANDARD_PORTS ? candidatePort == 80 || candidatePort == 443
                    : port == ANY_PORT || candidatePort == port;
            boolean hostAllowed = host.startsWith("*.") ? candidate.endsWith(host.substring(1))
                    : candidate.equals(host);
            return portAllowed && hostAllowed;
        }

        @Override
        public int compareTo(Entry other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            if (port == STANDARD_PORTS) {
                return host;
            }
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + (port == ANY_PORT ? "*" : port);
        }
    }

    private final Set<Entry> entries;

    public AllowedHosts(Set<String> configured) {
        Set<Entry> parsed = new TreeSet<>();
        for (String entry : configured) {
            parsed.add(parse(entry));
        }
        this.entries = Set.copyOf(parsed);
    }

    /** Whether the address's host and port (the scheme's default when it names none) are allowed. */
    public boolean permits(URI url) {
        if (url.getHost() == null) {
            return false;
        }
        String candidate = normalise(url.getHost());
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return entries.stream().anyMatch(entry -> entry.permits(candidate, port));
    }

    @Override
    public String toString() {
        return new TreeSet<>(entries).toString();
    }

    /** {@code host}, {@code host:port}, {@code [v6]}, {@code [v6]:port}, or a bare IPv6 literal without a port. */
    private static Entry parse(String configured) {
        String entry = configured.trim();
        int port = STANDARD_PORTS;
        String host = entry;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close > 0 && entry.startsWith(":", close + 1)) {
                port = port(entry.substring(close + 2), configured);
                host = entry.substring(0, close + 1);
            }
        } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
            port = port(entry.substring(entry.indexOf(':') + 1), configured);
            host = entry.substring(0, entry.indexOf(':'));
        }
        return new Entry(normalise(host), port);
    }

    private static int port(String text, String entry) {
        if (text.equals("*")) {
            return ANY_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("allowed host '" + entry + "' has no valid port after ':' (1 to 65535, or *)");
    }

    /** Host names compare case-insensitively, with or without a final dot, IPv6 with or without brackets. */
    static String normalise(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
