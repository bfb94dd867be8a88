package id.perpustakaan.jembatan.connectors.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps a source's fetches off the library's own network: a feed address, or a redirect, pointing at
 * {@code 127.0.0.1}, {@code 10.x} or a cloud metadata address would otherwise let whoever controls that site
 * read internal services through the fetcher.
 *
 * <p>DNS rebinding: what is checked is what this lookup resolved. {@code HttpClient} resolves the host again
 * when it connects and cannot be handed the checked address (Java 17 has no per-client resolver), so the
 * connection is <em>not</em> pinned. The window is narrowed rather than closed: the JVM caches lookups
 * ({@code networkaddress.cache.ttl}, 30 s by default), so the client's lookup moments later normally gets
 * the same answer, and every redirect hop is checked again before it is followed.
 */
final class AddressGuard {

    /** Resolves a host name; tests substitute their own answers. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    AddressGuard(boolean allowPrivateAddresses, Resolver resolver) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    AddressGuard(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, InetAddress::getAllByName);
    }

    /** Refuses the host if any address it resolves to is not public: the client may pick any of them. */
    void check(String host) throws FetchException {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve host " + host + " (check the address, or DNS)", true, e);
        }
        if (allowPrivateAddresses) {
            return;
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublicKind(address);
            if (kind.isPresent()) {
                String literal = address.getHostAddress();
                String from = literal.equalsIgnoreCase(host) ? "" : ", from " + host;
                throw new FetchException("refused: " + literal + " (" + kind.get() + from
                        + ") is not a public address; allow-private-addresses is off for this source", false);
            }
        }
    }

    /** Why an address is not on the public internet, or empty when it is. */
    static Optional<String> nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("any-local");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Kind(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("unique-local");
            }
            // ::a.b.c.d and 64:ff9b::a.b.c.d carry an IPv4 address that a dual-stack host may reach.
            if (embedsIpv4(b)) {
                try {
                    InetAddress inner = InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
                    return nonPublicKind(inner).map(kind -> kind + " inside IPv6");
                } catch (UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4Kind(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT");
        }
        if (first == 0) {
            return Optional.of("this-network");
        }
        if (first == 255 && second == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
            return Optional.of("broadcast");
        }
        return Optional.empty();
    }

    private static boolean embedsIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return compatible || nat64;
    }
}
