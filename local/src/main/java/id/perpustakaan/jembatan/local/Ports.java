package id.perpustakaan.jembatan.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

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

    /** Waits until a port can be bound again, as after the process that had it has exited. */
    static void awaitFree(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!free(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " was still taken " + timeout.toSeconds()
                        + " s after the process holding it stopped");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for port " + port, e);
            }
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
