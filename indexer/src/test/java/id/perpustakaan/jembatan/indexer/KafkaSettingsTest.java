package id.perpustakaan.jembatan.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class KafkaSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"jembatan\" password=\"rahasia\";";

    @Test
    void readsThePassedPropertiesFromEnvironmentVariables() {
        KafkaSettings settings = bind(Map.of(
                "JEMBATAN_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093",
                "JEMBATAN_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL",
                "JEMBATAN_KAFKA_PROPERTIES_SASL_MECHANISM", "PLAIN",
                "JEMBATAN_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", JAAS,
                "JEMBATAN_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION", "/etc/jembatan/kafka-ca.pem"));

        assertThat(settings.clients().clientConfig(Map.of())).isEqualTo(Map.of(
                "bootstrap.servers", "kafka-1:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", JAAS,
                "ssl.truststore.location", "/etc/jembatan/kafka-ca.pem"));
        assertThat(settings.partitions()).isEqualTo(1);
    }

    @Test
    void aPropertyJembatanDecidesStopsTheBinding() {
        assertThatThrownBy(() -> bind(Map.of("JEMBATAN_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "JEMBATAN_KAFKA_PROPERTIES_ISOLATION_LEVEL", "read_uncommitted")))
                .rootCause().hasMessageStartingWith("jembatan.kafka.properties.isolation.level: ");
    }

    @Test
    void showsNoSecret() {
        KafkaSettings settings = bind(Map.of("JEMBATAN_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093",
                "JEMBATAN_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", JAAS));

        assertThat(settings.toString()).contains("sasl.jaas.config=[hidden]").doesNotContain("rahasia");
    }

    /** The variables over the application's defaults (its application.yml) for the keys without one here. */
    private static KafkaSettings bind(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", Map.of(
                "jembatan.kafka.partitions", "1", "jembatan.kafka.replication-factor", "1",
                "jembatan.kafka.max-message-bytes", "8388608")));
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("jembatan.kafka", KafkaSettings.class);
    }
}
