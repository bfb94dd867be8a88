package id.perpustakaan.jembatan.indexer.projection;

import id.perpustakaan.jembatan.model.DeadLetter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The operations of one poll, and what Elasticsearch said about each. The poll's offsets are committed only when
 * every operation was acknowledged or rejected for good; one transient failure sends the whole poll again
 * (external versions make the repeat harmless).
 */
final class Batch {

    private final CountDownLatch outstanding;
    private final List<DeadLetter> rejected = new ArrayList<>();
    private volatile String transientFailure;
    private final Clock clock;
    private int acknowledged;

    Batch(int operations, Clock clock) {
        this.outstanding = new CountDownLatch(operations);
        this.clock = clock;
    }

    synchronized void acknowledged() {
        acknowledged++;
        outstanding.countDown();
    }

    void failedTransiently(String reason) {
        transientFailure = reason;
        outstanding.countDown();
    }

    synchronized void rejected(String sourceId, String documentId, String reason) {
        rejected.add(new DeadLetter(sourceId, null, null, documentId, "index", reason, null, clock.instant()));
        outstanding.countDown();
    }

    /** True when every operation has an answer within the timeout. */
    boolean await(Duration timeout) throws InterruptedException {
        return outstanding.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Why the batch must be retried, or {@code null} when it need not be. */
    String transientFailure() {
        return transientFailure;
    }

    synchronized List<DeadLetter> rejected() {
        return List.copyOf(rejected);
    }

    synchronized int acknowledgedCount() {
        return acknowledged;
    }
}
