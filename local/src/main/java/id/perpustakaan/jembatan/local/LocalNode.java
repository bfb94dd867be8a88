package id.perpustakaan.jembatan.local;

import id.perpustakaan.jembatan.indexer.SupervisedNode;
import org.springframework.context.SmartLifecycle;

/**
 * The local Elasticsearch node, as a bean of each application context that uses it (registered only then), so that
 * health can say what its supervisor knows. The node starts in the background while the context is built; as the
 * first component to start, this waits for it, so that the projections, the routes and the web server start only
 * once it answers, and a node that cannot start stops the application with its reason.
 */
public final class LocalNode implements SmartLifecycle, SupervisedNode {

    private volatile boolean running;

    LocalNode() {
    }

    @Override
    public LocalNodeStatus state() {
        return LocalServices.elasticsearchStatus()
                .orElse(new LocalNodeStatus(LocalNodeStatus.Phase.STOPPED, 0, -1, 0));
    }

    @Override
    public void start() {
        LocalServices.awaitElasticsearch();
        running = true;
    }

    @Override
    public void stop() {
        // the node outlives this context: the last context using it stops it (LocalServicesUse)
        running = false;
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
