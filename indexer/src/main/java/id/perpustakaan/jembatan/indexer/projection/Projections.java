package id.perpustakaan.jembatan.indexer.projection;

import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the projections on their own threads for as long as the application runs. The index templates and aliases
 * are set up first, waiting for Elasticsearch if it is not there yet.
 */
public class Projections implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final IndexSetup indexSetup;
    private final Projection publicProjection;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile boolean indicesReady;

    public Projections(IndexSetup indexSetup, Projection publicProjection) {
        this.indexSetup = indexSetup;
        this.publicProjection = publicProjection;
    }

    @Override
    public void start() {
        thread = new Thread(this::run, "projection-public");
        thread.setDaemon(true);
        thread.start();
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
        if (stopping.getCount() > 0) {
            publicProjection.run();
        }
    }

    /** Whether the index templates and aliases are in place. */
    public boolean indicesReady() {
        return indicesReady;
    }

    /** Why the public projection's last batch was not acknowledged, or {@code null}. */
    public String lastError() {
        return publicProjection.lastError();
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        stopping.countDown();
        publicProjection.stop();
        if (running != null) {
            // no interrupt: the consumer must be able to leave its group and close cleanly
            try {
                running.join(Duration.ofSeconds(15).toMillis());
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
        return thread != null;
    }
}
