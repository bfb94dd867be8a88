package id.perpustakaan.jembatan.app.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import id.perpustakaan.jembatan.indexer.SupervisedNode;
import id.perpustakaan.jembatan.indexer.projection.Projections;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch health from cluster health (the minimal distribution has no {@code GET /}), with the state of the
 * projections: red, unreachable, or indices not set up is DOWN; a projection that cannot get its batches
 * acknowledged is OUT_OF_SERVICE with the reason. Each projection's lag is shown either way. With the local node of
 * the default run, its supervisor's view comes first ({@code localNode}: running, restarting after which exit code
 * and which attempt, or stopped), since that is all there is to say while the node is away.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;
    private final Projections projections;
    private final ObjectProvider<SupervisedNode> localNode;

    ElasticsearchHealthIndicator(ElasticsearchClient client, Projections projections,
            ObjectProvider<SupervisedNode> localNode) {
        super("Elasticsearch is not reachable");
        this.client = client;
        this.projections = projections;
        this.localNode = localNode;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        // before the cluster is asked: a failed request keeps the details given so far
        SupervisedNode node = localNode.getIfAvailable();
        SupervisedNode.State nodeStatus = node == null ? null : node.state();
        if (nodeStatus != null) {
            builder.withDetail("localNode", nodeStatus.describe());
        }
        var health = client.cluster().health(h -> h.timeout(t -> t.time("3s")));
        builder.withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("indicesReady", projections.indicesReady());
        builder.withDetail("lag", projections.lag());
        var problems = projections.problems();
        if (health.status() == HealthStatus.Red || !projections.indicesReady()
                || (nodeStatus != null && nodeStatus.restarting())) {
            builder.status(Status.DOWN);
        } else if (!problems.isEmpty()) {
            builder.status(Status.OUT_OF_SERVICE).withDetail("projections", problems);
        } else {
            builder.status(Status.UP);
        }
    }
}
