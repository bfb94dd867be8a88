package id.perpustakaan.jembatan.indexer.projection;

import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.rebuild.Rebuilds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the public and inbox projections on their own threads for as long as the application runs. The index
 * templates and aliases are set up first, waiting for Elasticsearch if it is not there yet; an index made from an
 * older template than the one in resources is then rebuilt, while it keeps answering.
 */
public class Projections implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final IndexSetup indexSetup;
    private final Map<IndexKind, Projection> projections;
    private final Rebuilds rebuilds;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean indicesReady;

    public Projections(IndexSetup indexSetup, Map<IndexKind, Projection> projections, Rebuilds rebuilds) {
        this.indexSetup = indexSetup;
        this.projections = new LinkedHashMap<>(projections);
        this.rebuilds = rebuilds;
    }

    @Override
    public synchronized void start() {
        running = true;
        Thread setup = new Thread(this::run, "projections");
        setup.setDaemon(true);
        threads.add(setup);
        setup.start();
    }

    private void run() {
        String lastProblem = null;
        while (!indicesReady && stopping.getCount() > 0) {
            try {
                indexSetup.ensure();
                indicesReady = true;
            } catch (Exception e) {
                if (!e.toString().equals(lastProblem)) {
                    log.warn("cannot set up the Elasticsearch indices yet ({}); trying again every 2 s", e.toString());
                    lastProblem = e.toString();
                }
                try {
                    if (stopping.await(2, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
        rebuildWhatIsOutdated();
        synchronized (this) {
            if (stopping.getCount() == 0) {
                return;
            }
            projections.forEach((kind, projection) -> {
                Thread thread = new Thread(projection, "projection-" + kind.label());
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            });
        }
    }

    private void rebuildWhatIsOutdated() {
        for (IndexKind kind : projections.keySet()) {
            try {
                Optional<String> live = indexSetup.liveIndex(kind);
                long wanted = indexSetup.templateVersion(kind);
                long current = live.isPresent() ? indexSetup.versionOf(live.get()) : wanted;
                if (current < wanted) {
                    rebuilds.start(kind, "template version " + wanted + " is newer than version " + current
                            + " of " + live.get());
                }
            } catch (IllegalStateException e) {
                // another instance started with the same template and rebuilds it
                log.info("{}", e.getMessage());
            } catch (Exception e) {
                log.warn("cannot tell whether the {} index is up to date with its template: {}", kind.label(),
                        e.toString());
            }
        }
    }

    /** Whether the index templates and aliases are in place. */
    public boolean indicesReady() {
        return indicesReady;
    }

    /** Why each projection's last batch was not acknowledged; empty when all were. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        projections.forEach((kind, projection) -> {
            if (projection.lastError() != null) {
                problems.put(kind.label(), projection.lastError());
            }
        });
        return problems;
    }

    /** Records not yet indexed, per projection. */
    public Map<String, Long> lag() {
        Map<String, Long> lag = new LinkedHashMap<>();
        projections.forEach((kind, projection) -> lag.put(kind.label(), projection.lag()));
        return lag;
    }

    @Override
    public void stop() {
        List<Thread> stopped;
        synchronized (this) {
            running = false;
            stopping.countDown();
            projections.values().forEach(Projection::stop);
            stopped = List.copyOf(threads);
            threads.clear();
        }
        // no interrupt: the consumers must be able to leave their groups and close cleanly
        for (Thread thread : stopped) {
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void destroy() {
        // a context whose refresh failed is destroyed without being stopped
        stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
