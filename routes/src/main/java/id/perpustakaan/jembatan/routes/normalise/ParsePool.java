package id.perpustakaan.jembatan.routes.normalise;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs parses on a bounded pool of threads and stops each one at its time limit. Parses run on threads of their
 * own, not on the caller's, because stopping one interrupts its thread: an interrupt must never reach a route's
 * thread on its way to Kafka. A stopped parse ends at its next checkpoint (see {@link ParseWatch}), within about a
 * page; the caller hears of the timeout when it has ended, so that the thread is free for the next document, or
 * after a grace period at the latest.
 *
 * <p>Why a watchdog in this JVM and not a child JVM per parse (Tika's ForkParser): a document costs no process
 * start, no copy of its bytes and text over a pipe and no second heap, and the ForkParser would still leave
 * Tesseract running when it kills its child, since Tesseract is the child's child.
 */
final class ParsePool implements AutoCloseable {

    /** How long after its limit a stopped parse may take to end before it is reported as one that would not. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ParsePool.class);

    private final ExecutorService threads;
    private final ScheduledExecutorService watchdog;

    /** @param size parses at a time; more wait for a thread, and their time starts when they get one */
    ParsePool(int size) {
        this.threads = Executors.newFixedThreadPool(size, named("tika-parse-"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(named("tika-parse-watchdog-"));
    }

    /** A parse on the pool. */
    @FunctionalInterface
    interface Parse<T> {
        T run(ParseWatch watch) throws Exception;
    }

    /** The parse took longer than its limit: it was stopped, or ended only after its limit. */
    static final class TimedOut extends Exception {
        TimedOut() {
            super("the parse took longer than its time limit");
        }
    }

    /**
     * Runs the parse, stopping it when it takes longer than the timeout.
     *
     * @throws TimedOut          it took longer
     * @throws ExecutionException it failed, with the parse's own exception as cause
     */
    <T> T run(Duration timeout, String what, Parse<T> parse)
            throws TimedOut, ExecutionException, InterruptedException {
        ParseWatch watch = new ParseWatch();
        Future<T> result = threads.submit(() -> watched(watch, timeout, parse));
        try {
            long startedAt = watch.awaitStart();
            long left = timeout.plus(GRACE).toNanos() - (System.nanoTime() - startedAt);
            return result.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.error("the parse of {} did not stop within {} s after its time limit: a parser thread stays busy"
                    + " until it ends", what, GRACE.toSeconds());
            throw new TimedOut();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimedOut timedOut) {
                throw timedOut;
            }
            throw e;
        } catch (InterruptedException e) {
            watch.stop();
            result.cancel(false);
            throw e;
        }
    }

    private <T> T watched(ParseWatch watch, Duration timeout, Parse<T> parse) throws Exception {
        watch.begin();
        long start = System.nanoTime();
        ScheduledFuture<?> alarm = watchdog.schedule(watch::stop, timeout.toNanos(), TimeUnit.NANOSECONDS);
        T outcome = null;
        Exception failure = null;
        try {
            outcome = parse.run(watch);
        } catch (Exception e) {
            failure = e;
        } finally {
            alarm.cancel(false);
        }
        boolean stopped = watch.finish();
        // a parse that ended on its own but late is refused all the same: the limit is the rule, not the race
        if (stopped || System.nanoTime() - start > timeout.toNanos()) {
            throw new TimedOut();
        }
        if (failure != null) {
            throw failure;
        }
        return outcome;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        threads.shutdownNow();
        watchdog.shutdownNow();
    }
}
