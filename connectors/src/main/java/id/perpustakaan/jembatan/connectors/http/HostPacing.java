package id.perpustakaan.jembatan.connectors.http;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, and a pause between them: small regional servers (a kabupaten's office site
 * on shared hosting) fall over when a crawler opens parallel connections.
 *
 * <p>The pause runs from the end of one request to the start of the next, so a slow answer does not eat into it.
 * Time is measured with {@link System#nanoTime()}: a wall clock stepped by NTP must not shorten a pause.
 */
final class HostPacing {

    /** Held while talking to a host; closing it releases the host and starts its pause. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEndNanos;
        boolean used;
    }

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Waits for the host to be free and for {@code gap} to have passed since its last request ended. */
    Turn take(String host, Duration gap) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(AllowedHosts.normalise(host), h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            if (slot.used) {
                long waitNanos = slot.lastEndNanos + gap.toNanos() - System.nanoTime();
                while (waitNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(waitNanos);
                    waitNanos = slot.lastEndNanos + gap.toNanos() - System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            slot.lock.unlock();
            throw e;
        }
        return () -> {
            slot.lastEndNanos = System.nanoTime();
            slot.used = true;
            slot.lock.unlock();
        };
    }
}
