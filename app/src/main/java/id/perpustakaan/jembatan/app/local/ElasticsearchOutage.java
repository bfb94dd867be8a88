package id.perpustakaan.jembatan.app.local;

/**
 * Stops and restarts the local Elasticsearch node under a running application, with its data and port kept: how
 * the outage drills show that nothing is lost or doubled while the cluster is away.
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
}
