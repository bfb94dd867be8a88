package id.perpustakaan.jembatan.connectors.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the addresses pages and sitemaps write into URIs a crawl can compare and fetch: absolute http(s), without
 * fragment, scheme and host in lower case, path normalised.
 */
final class HttpAddresses {

    // Characters a URI may hold as they are; '%' is handled apart because it may or may not start an escape.
    private static final String KEPT = "-._~:/?#[]@!$&'()*+,;=";

    private HttpAddresses() {
    }

    /** The http(s) address {@code written} stands for, or empty for another scheme or an unusable address. */
    static Optional<URI> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        // Browsers drop tabs and line breaks inside an href; CMS templates leave them in.
        String cleaned = written.strip().replaceAll("[\\t\\r\\n]", "");
        int hash = cleaned.indexOf('#');
        if (hash >= 0) {
            cleaned = cleaned.substring(0, hash);
        }
        try {
            URI uri = URI.create(escape(cleaned));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            StringBuilder rebuilt = new StringBuilder(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                rebuilt.append(uri.getRawUserInfo()).append('@');
            }
            rebuilt.append(uri.getHost().toLowerCase(Locale.ROOT));
            if (uri.getPort() != -1) {
                rebuilt.append(':').append(uri.getPort());
            }
            String path = uri.getRawPath();
            rebuilt.append(path == null || path.isEmpty() ? "/" : path);
            if (uri.getRawQuery() != null) {
                rebuilt.append('?').append(uri.getRawQuery());
            }
            return Optional.of(URI.create(rebuilt.toString()).normalize());
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    /**
     * Whether two addresses are on one site. {@code www.} is ignored because agencies serve both names and their
     * CMS writes whichever was configured.
     */
    static boolean sameSite(URI a, URI b) {
        return a.getHost() != null && b.getHost() != null && siteName(a).equals(siteName(b));
    }

    private static String siteName(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    // Pages link to "/berita/Hasil Seleksi.pdf" and to non-ASCII paths, which java.net.URI refuses unescaped.
    private static String escape(String address) {
        StringBuilder escaped = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                escaped.append(c);
            } else if (c == '%' && i + 2 < address.length() && isHex(address.charAt(i + 1))
                    && isHex(address.charAt(i + 2))) {
                escaped.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < address.length() ? i + 2 : i + 1;
                for (byte b : address.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        return escaped.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
