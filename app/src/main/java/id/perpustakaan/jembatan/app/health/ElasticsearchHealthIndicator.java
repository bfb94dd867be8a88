package id.perpustakaan.jembatan.app.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import id.perpustakaan.jembatan.indexer.projection.Projections;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch health from cluster health (the minimal distribution has no {@code GET /}), with the state of the
 * projections: red, unreachable, or indices not set up is DOWN; a projection that cannot get its batches
 * acknowledged is OUT_OF_SERVICE with the reason. Each projection's lag is shown either way.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;
    private final Projections projections;

    ElasticsearchHealthIndicator(ElasticsearchClient client, Projections projections) {
        super("Elasticsearch is not reachable");
        this.client = client;
        this.projections = projections;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var health = client.cluster().health(h -> h.timeout(t -> t.time("3s")));
        builder.withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("indicesReady", projections.indicesReady());
        builder.withDetail("lag", projections.lag());
        var problems = projections.problems();
        if (health.status() == HealthStatus.Red || !projections.indicesReady()) {
            builder.status(Status.DOWN);
        } else if (!problems.isEmpty()) {
            builder.status(Status.OUT_OF_SERVICE).withDetail("projections", problems);
        } else {
            builder.status(Status.UP);
        }
    }
}
