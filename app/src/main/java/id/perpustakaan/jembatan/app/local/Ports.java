package id.perpustakaan.jembatan.app.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports for the local services: a configured one must be free, 0 picks a free one. */
final class Ports {

    private Ports() {
    }

    static int claim(int configured, String what, String key) {
        if (configured == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free loopback port for " + what, e);
            }
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), configured));
            return configured;
        } catch (IOException e) {
            throw new IllegalStateException("port " + configured + " for the local " + what + " is taken (" + e.getMessage()
                    + "): stop what uses it, set " + key + " to another port (0 picks a free one), or point Jembatan"
                    + " at a running " + what);
        }
    }
}
