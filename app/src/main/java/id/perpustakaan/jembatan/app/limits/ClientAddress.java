package id.perpustakaan.jembatan.app.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The client a limit counts against: its address as the servlet container sees it (behind a trusted reverse
 * proxy, the forwarded one, see {@code server.forward-headers-strategy}). An IPv6 client gets a whole /64 from its
 * provider, so its /64 is one client; otherwise changing the last bits would be a fresh allowance each time.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "unknown" : address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            // a literal address never needs a lookup; anything else is kept as the container gave it
            return address;
        }
    }
}
