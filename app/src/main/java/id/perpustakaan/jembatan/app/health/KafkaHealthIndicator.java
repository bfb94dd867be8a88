package id.perpustakaan.jembatan.app.health;

import id.perpustakaan.jembatan.app.kafka.KafkaFailures;
import id.perpustakaan.jembatan.indexer.KafkaSettings;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Kafka is up when the cluster answers with at least one broker within three seconds; when it does not, {@code check}
 * says which setting to look at (refused credentials, an untrusted certificate, the address).
 */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

    private final Admin admin;
    private final KafkaSettings settings;

    KafkaHealthIndicator(Admin admin, KafkaSettings settings) {
        super("Kafka is not reachable");
        this.admin = admin;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
        try {
            int brokers = cluster.nodes().get(3, TimeUnit.SECONDS).size();
            builder.status(brokers > 0 ? Status.UP : Status.DOWN)
                    .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
                    .withDetail("brokers", brokers);
        } catch (ExecutionException | TimeoutException e) {
            // kept beside the error the indicator adds
            builder.withDetail("check", KafkaFailures.advice(settings.clients(), e));
            throw e;
        }
    }
}
