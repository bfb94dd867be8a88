package id.perpustakaan.jembatan.connectors.http;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hosts a source names: an exact name, or {@code *.example.org} for any subdomain of example.org (not
 * example.org itself, which is listed on its own when meant).
 */
final class AllowedHosts {

    private final Set<String> entries;

    AllowedHosts(Set<String> configured) {
        Set<String> normalised = new TreeSet<>();
        for (String entry : configured) {
            normalised.add(normalise(entry));
        }
        this.entries = Set.copyOf(normalised);
    }

    boolean permits(String host) {
        if (host == null) {
            return false;
        }
        String candidate = normalise(host);
        for (String entry : entries) {
            if (entry.startsWith("*.") ? candidate.endsWith(entry.substring(1)) : candidate.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return new TreeSet<>(entries).toString();
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
