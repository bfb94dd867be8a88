package id.perpustakaan.jembatan.indexer;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Kafka is, how every client connects to it, and how the topics are laid out. Without
 * {@code bootstrapServers} the default run starts a local broker (the {@code local} module).
 *
 * @param properties passed verbatim to every Kafka client ({@code jembatan.kafka.properties.security.protocol}…):
 *                   see {@link KafkaClientConfig}
 */
@ConfigurationProperties("jembatan.kafka")
public record KafkaSettings(String bootstrapServers,
                            Map<String, String> properties,
                            int partitions,
                            short replicationFactor,
                            int maxMessageBytes) {

    public KafkaSettings {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        // a property Jembatan decides itself stops the start here, naming it
        new KafkaClientConfig(bootstrapServers, properties);
    }

    /** What every producer, consumer and admin client is built from. */
    public KafkaClientConfig clients() {
        return new KafkaClientConfig(bootstrapServers, properties);
    }

    @Override
    public String toString() {
        return "KafkaSettings[" + clients().describe() + ", partitions=" + partitions + ", replicationFactor="
                + replicationFactor + ", maxMessageBytes=" + maxMessageBytes + "]";
    }
}
