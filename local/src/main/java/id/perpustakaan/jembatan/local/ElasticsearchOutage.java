package id.perpustakaan.jembatan.local;

/**
 * Stops and restarts the local Elasticsearch node under a running application, with its data and port kept: how
 * the outage drills show that nothing is lost or doubled while the cluster is away. A stop here is on purpose: the
 * node's supervisor leaves it stopped until {@link #end()}.
 */
public final class ElasticsearchOutage {

    private ElasticsearchOutage() {
    }

    public static void begin() {
        LocalServices.stopElasticsearch();
    }

    public static void end() {
        LocalServices.restartElasticsearch();
    }

    /**
     * The running node's own process (Elasticsearch's launcher; the server is its child), for the drills that kill it
     * as a crash would: its supervisor is to start it again by itself.
     *
     * @throws IllegalStateException when no local node runs in this JVM
     */
    public static ProcessHandle node() {
        return LocalServices.elasticsearchProcess()
                .orElseThrow(() -> new IllegalStateException("no local Elasticsearch runs in this JVM"));
    }
}
