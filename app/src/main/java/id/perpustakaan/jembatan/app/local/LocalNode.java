package id.perpustakaan.jembatan.app.local;

/**
 * The local Elasticsearch node, as a bean of each application context that uses it (registered only then), so that
 * health can say what its supervisor knows.
 */
public final class LocalNode {

    LocalNode() {
    }

    public LocalNodeStatus status() {
        return LocalServices.elasticsearchStatus()
                .orElse(new LocalNodeStatus(LocalNodeStatus.Phase.STOPPED, 0, -1, 0));
    }
}
