package id.perpustakaan.jembatan.routes.publish;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Ordered;
import org.apache.camel.component.kafka.KafkaClientFactory;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.spi.ComponentCustomizer;

/**
 * Camel's Kafka component connects as every other Kafka client of Jembatan: its brokers and the passed
 * {@code jembatan.kafka.properties.*} (security protocol, SASL, TLS…) come from the one {@link KafkaClientConfig}.
 * The properties go in as the component's {@code additionalProperties}, which Camel applies last, over its own
 * security options (whose defaults would otherwise say PLAINTEXT); its producer settings stay in
 * {@code camel.component.kafka.*}.
 */
public final class KafkaComponentConnection {

    private KafkaComponentConnection() {
    }

    /**
     * Runs after the starter's own customizer, which binds {@code camel.component.kafka.*}; the component makes its
     * clients through {@code clients}.
     */
    public static ComponentCustomizer customizer(KafkaClientConfig kafka, KafkaClientFactory clients) {
        return ComponentCustomizer.builder(KafkaComponent.class).withOrder(Ordered.LOWEST)
                .build(component -> {
                    apply(kafka, component.getConfiguration());
                    component.setKafkaClientFactory(clients);
                });
    }

    static void apply(KafkaClientConfig kafka, KafkaConfiguration configuration) {
        // validated here, at the start, rather than at the first send
        kafka.clientConfig(Map.of());
        configuration.setBrokers(kafka.bootstrapServers());
        Map<String, Object> additional = new HashMap<>();
        if (configuration.getAdditionalProperties() != null) {
            additional.putAll(configuration.getAdditionalProperties());
        }
        additional.putAll(kafka.properties());
        configuration.setAdditionalProperties(additional);
    }
}
