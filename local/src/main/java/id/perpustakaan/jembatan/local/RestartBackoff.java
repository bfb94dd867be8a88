package id.perpustakaan.jembatan.local;

import java.time.Duration;

/**
 * How long the supervisor waits before starting the local node again: the first delay after an exit, doubled for
 * each attempt in a row up to a cap, so that a node that cannot start (a full disk, a broken distribution) does not
 * spin the two cores while one that died once is back within seconds. A node that then ran for {@code stable}
 * counts as healthy again: its next exit starts from the first delay.
 */
record RestartBackoff(Duration first, Duration cap, Duration stable) {

    static final RestartBackoff DEFAULT = new RestartBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(1));

    RestartBackoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("a restart delay needs 0 < first (" + first + ") <= cap (" + cap + ")");
        }
    }

    /** The delay before attempt {@code attempt} (1 for the first start after an exit). */
    Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, not " + attempt);
        }
        // doubling past 2^30 overflows long nanos long after any sensible cap
        int doublings = Math.min(attempt - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /**
     * The attempt that follows an exit: the first when the node had run for {@code stable} since its last start,
     * the one after {@code previousAttempt} otherwise.
     */
    int attemptAfterExit(int previousAttempt, Duration ranFor) {
        return ranFor.compareTo(stable) >= 0 ? 1 : previousAttempt + 1;
    }
}
