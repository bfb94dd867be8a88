package id.perpustakaan.jembatan.local;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the local Elasticsearch node running: when it exits without being asked to (killed, out of memory, a
 * crash), says so in the log with its exit code and the end of its console, and starts it again on the same port
 * and data after a {@link RestartBackoff back-off}, until it is ready again. A stop that was asked for (the
 * application closing, an outage drill) is never undone here; {@link #ensureRunning()} starts the node again.
 *
 * <p>Restarts run on one daemon thread of their own. A start holds this object's lock while the node comes up;
 * {@link #stop()} interrupts it first, so that closing the application never waits for a restart to finish.
 */
final class NodeSupervisor {

    private static final Logger log = LoggerFactory.getLogger(NodeSupervisor.class);

    private final LocalElasticsearch.Settings settings;
    private final RestartBackoff backoff;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "local-elasticsearch-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean wanted;
    private volatile Future<?> pendingRestart;
    private volatile LocalNodeStatus status = new LocalNodeStatus(LocalNodeStatus.Phase.STOPPED, 0, -1, 0);
    private LocalElasticsearch node;
    /** The attempt that brought the node back last (0: started, not restarted), to back off further when it fails soon. */
    private int lastAttempt;

    private NodeSupervisor(LocalElasticsearch.Settings settings, RestartBackoff backoff) {
        this.settings = settings;
        this.backoff = backoff;
    }

    /** Starts the node and watches it; a node that cannot start fails here, as before supervision. */
    static NodeSupervisor start(LocalElasticsearch.Settings settings, RestartBackoff backoff) {
        LocalElasticsearch first = LocalElasticsearch.start(settings);
        // restarts come back on the port clients were given
        NodeSupervisor supervisor = new NodeSupervisor(first.settings(), backoff);
        synchronized (supervisor) {
            supervisor.wanted = true;
            supervisor.running(first);
        }
        return supervisor;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + settings.port());
    }

    LocalNodeStatus status() {
        return status;
    }

    /** The node's own process, while one runs. */
    synchronized Optional<ProcessHandle> nodeProcess() {
        return node == null || !node.isAlive() ? Optional.empty() : node.node();
    }

    /** Starts the node now unless it runs: after {@link #stop()}, or instead of waiting for a scheduled restart. */
    synchronized void ensureRunning() {
        wanted = true;
        if (node != null && node.isAlive()) {
            return;
        }
        cancelPendingRestart();
        lastAttempt = 0;
        running(LocalElasticsearch.start(settings));
    }

    /** Stops the node on purpose: it is not restarted until {@link #ensureRunning()}. */
    void stop() {
        wanted = false;
        // a restart under way holds the lock while the node comes up: interrupting it stops that node too
        cancelPendingRestart();
        synchronized (this) {
            if (node != null) {
                node.stop();
            }
            status = new LocalNodeStatus(LocalNodeStatus.Phase.STOPPED, status.restarts(), status.lastExitCode(), 0);
        }
    }

    /** Stops the node and the supervision for good. */
    void close() {
        stop();
        restarts.shutdownNow();
    }

    private void cancelPendingRestart() {
        Future<?> pending = pendingRestart;
        if (pending != null) {
            pending.cancel(true);
        }
    }

    private void running(LocalElasticsearch started) {
        node = started;
        status = new LocalNodeStatus(LocalNodeStatus.Phase.RUNNING, status.restarts(), status.lastExitCode(), 0);
        started.onExit().thenRunAsync(() -> exited(started), restarts).exceptionally(failure -> {
            // the supervision was closed: nothing to restart
            if (!(failure.getCause() instanceof RejectedExecutionException)) {
                log.error("supervising the local Elasticsearch failed", failure);
            }
            return null;
        });
    }

    private synchronized void exited(LocalElasticsearch gone) {
        if (gone != node || gone.stopping() || !wanted) {
            return;
        }
        int code = gone.exitCode();
        Duration ranFor = Duration.between(gone.started(), Instant.now());
        int attempt = backoff.attemptAfterExit(lastAttempt, ranFor);
        status = new LocalNodeStatus(LocalNodeStatus.Phase.RESTARTING, status.restarts(), code, attempt);
        log.warn("local Elasticsearch exited with code {} after {} s, without being asked to; starting it again in {} s"
                        + " (attempt {}). The end of its console:\n{}", code, ranFor.toSeconds(),
                backoff.delay(attempt).toSeconds(), attempt, gone.tail());
        schedule(attempt);
    }

    private void schedule(int attempt) {
        pendingRestart = restarts.schedule(() -> restart(attempt), backoff.delay(attempt).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void restart(int attempt) {
        if (!wanted || (node != null && node.isAlive())) {
            return;
        }
        try {
            LocalElasticsearch started = LocalElasticsearch.start(settings);
            lastAttempt = attempt;
            status = new LocalNodeStatus(LocalNodeStatus.Phase.RUNNING, status.restarts() + 1, status.lastExitCode(),
                    0);
            running(started);
            log.info("local Elasticsearch is back after exit code {} (attempt {})", status.lastExitCode(), attempt);
        } catch (RuntimeException e) {
            if (!wanted) {
                return;
            }
            int next = attempt + 1;
            status = new LocalNodeStatus(LocalNodeStatus.Phase.RESTARTING, status.restarts(), status.lastExitCode(),
                    next);
            log.warn("local Elasticsearch did not start again (attempt {}): {}; next attempt in {} s", attempt,
                    e.getMessage(), backoff.delay(next).toSeconds());
            schedule(next);
        }
    }
}
