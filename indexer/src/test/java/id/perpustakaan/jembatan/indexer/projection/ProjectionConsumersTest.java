package id.perpustakaan.jembatan.indexer.projection;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionConsumersTest {

    @Test
    void aProjectionConsumerConnectsWithThePassedSecuritySettingsAndKeepsItsOwn() {
        var kafka = new KafkaClientConfig("kafka-1:9093", Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-256", "max.poll.interval.ms", "600000"));
        var properties = new IndexerProperties("jembatan-indexer", 500, 2, Duration.ofSeconds(60),
                Duration.ofSeconds(1));

        Map<String, Object> config = ProjectionConsumers.config(kafka, properties, "jembatan-indexer-public");

        assertThat(config).containsEntry("bootstrap.servers", "kafka-1:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256")
                .containsEntry("max.poll.interval.ms", "600000")
                .containsEntry("group.id", "jembatan-indexer-public")
                .containsEntry("isolation.level", "read_committed")
                .containsEntry("enable.auto.commit", false)
                .containsEntry("auto.offset.reset", "earliest")
                .containsEntry("max.poll.records", 500);
    }
}
