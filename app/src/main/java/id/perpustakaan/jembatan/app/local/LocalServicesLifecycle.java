package id.perpustakaan.jembatan.app.local;

import org.springframework.context.SmartLifecycle;

/**
 * Holds the local services for one application context. Its phase is the lowest, so it stops after everything
 * that talks to Kafka or Elasticsearch has stopped.
 */
final class LocalServicesLifecycle implements SmartLifecycle {

    private volatile boolean running;

    @Override
    public void start() {
        LocalServices.acquire();
        running = true;
    }

    @Override
    public void stop() {
        if (running) {
            running = false;
            LocalServices.release();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
