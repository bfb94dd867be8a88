package id.perpustakaan.jembatan.indexer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Kafka is and how the topics are laid out. Without {@code bootstrapServers} the application starts a local
 * broker.
 */
@ConfigurationProperties("jembatan.kafka")
public record KafkaSettings(String bootstrapServers,
                            @DefaultValue("1") int partitions,
                            @DefaultValue("1") short replicationFactor,
                            @DefaultValue("8388608") int maxMessageBytes) {
}
