package id.perpustakaan.jembatan.routes.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class KafkaComponentConnectionTest {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"jembatan\" password=\"rahasia\";";

    @Test
    void theRoutesProducersConnectWithThePassedSecuritySettingsAndKeepTheirOwn() throws Exception {
        var kafka = new KafkaClientConfig("kafka-1:9093", Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", "PLAIN", "sasl.jaas.config", JAAS,
                "ssl.truststore.location", "/etc/jembatan/kafka-ca.pem", "ssl.truststore.type", "PEM"));
        var component = new KafkaComponent();
        // as camel.component.kafka.* in application.yml binds them, before this customizer
        component.getConfiguration().setRequestRequiredAcks("all");
        component.getConfiguration().setEnableIdempotence(true);
        component.getConfiguration().setLingerMs(5);
        component.getConfiguration().setAdditionalProperties(Map.of("compression.type", "zstd"));

        var clients = new MeteredKafkaClients(new SimpleMeterRegistry());
        KafkaComponentConnection.customizer(kafka, clients).configure("kafka", component);

        assertThat(component.getKafkaClientFactory()).isSameAs(clients);

        try (var camel = new DefaultCamelContext()) {
            camel.addComponent("kafka", component);
            var endpoint = camel.getEndpoint("kafka:jembatan.documents", KafkaEndpoint.class);
            assertThat(endpoint.getConfiguration().getBrokers()).isEqualTo("kafka-1:9093");
            Properties producer = endpoint.getConfiguration().createProducerProperties();
            assertThat(producer).containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "PLAIN")
                    .containsEntry("sasl.jaas.config", JAAS)
                    .containsEntry("ssl.truststore.location", "/etc/jembatan/kafka-ca.pem")
                    .containsEntry("ssl.truststore.type", "PEM")
                    .containsEntry("acks", "all")
                    .containsEntry("enable.idempotence", true)
                    .containsEntry("linger.ms", 5)
                    .containsEntry("compression.type", "zstd");
        }
    }

    @Test
    void withoutPassedPropertiesCamelsDefaultsStand() throws Exception {
        var component = new KafkaComponent();

        KafkaComponentConnection.customizer(KafkaClientConfig.of("127.0.0.1:9092"),
                new MeteredKafkaClients(new SimpleMeterRegistry())).configure("kafka", component);

        Properties producer = component.getConfiguration().createProducerProperties();
        assertThat(component.getConfiguration().getBrokers()).isEqualTo("127.0.0.1:9092");
        assertThat(producer).containsEntry("security.protocol", "PLAINTEXT");
    }
}
