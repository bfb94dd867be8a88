package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientConfigTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"jembatan\" password=\"rahasia-sekali\";";

    private static final KafkaClientConfig SECURED = new KafkaClientConfig("kafka-1:9093,kafka-2:9093", Map.of(
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", JAAS,
            "ssl.truststore.location", "/etc/jembatan/kafka-ca.p12",
            "ssl.truststore.password", "truststore-rahasia",
            "client.id", "perpustakaan-sawahlunto"));

    @Test
    void passesEveryPropertyThroughBesideTheClientsOwnSettings() {
        Map<String, Object> config = SECURED.clientConfig(Map.of("isolation.level", "read_committed",
                "max.poll.records", 2000));

        assertThat(config).containsEntry("bootstrap.servers", "kafka-1:9093,kafka-2:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS)
                .containsEntry("ssl.truststore.location", "/etc/jembatan/kafka-ca.p12")
                .containsEntry("ssl.truststore.password", "truststore-rahasia")
                .containsEntry("isolation.level", "read_committed")
                .containsEntry("max.poll.records", 2000)
                .hasSize(9);
    }

    @Test
    void aPassedPropertyOverridesWhatAClientSetsForItself() {
        var kafka = new KafkaClientConfig("kafka:9092", Map.of("request.timeout.ms", "45000",
                "client.id", "perpustakaan"));

        Map<String, Object> config = kafka.clientConfig(Map.of("request.timeout.ms", 10_000,
                "client.id", "jembatan-admin", "max.block.ms", 10_000));

        // as Camel applies its additionalProperties: the deployment's word is the last
        assertThat(config).containsEntry("request.timeout.ms", "45000").containsEntry("client.id", "perpustakaan")
                .containsEntry("max.block.ms", 10_000);
    }

    @Test
    void withoutPropertiesAClientGetsOnlyItsOwnSettingsAndTheBrokers() {
        assertThat(KafkaClientConfig.of("127.0.0.1:9092").clientConfig(Map.of("acks", "all")))
                .isEqualTo(Map.of("bootstrap.servers", "127.0.0.1:9092", "acks", "all"));
    }

    @Test
    void refusesWhatJembatanDecidesItselfNamingTheKeyAndWhy() {
        assertThatThrownBy(() -> new KafkaClientConfig("kafka:9092", Map.of("acks", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("jembatan.kafka.properties.acks: ")
                .hasMessageContaining("acks=all").hasMessageEndingWith("remove it");
        assertThatThrownBy(() -> new KafkaClientConfig("kafka:9092", Map.of("bootstrap.servers", "other:9092")))
                .hasMessage("jembatan.kafka.properties.bootstrap.servers: set jembatan.kafka.bootstrap-servers"
                        + " (JEMBATAN_KAFKA_BOOTSTRAP_SERVERS) instead");
        for (String key : new String[] {"enable.idempotence", "transactional.id", "isolation.level", "group.id",
                "enable.auto.commit", "auto.offset.reset", "key.serializer", "value.deserializer"}) {
            assertThatThrownBy(() -> new KafkaClientConfig("kafka:9092", Map.of(key, "x")))
                    .hasMessageStartingWith("jembatan.kafka.properties." + key + ": ");
        }
    }

    @Test
    void noBrokersSaysWhichSettingIsEmpty() {
        assertThatThrownBy(() -> new KafkaClientConfig(" ", Map.of()).clientConfig(Map.of()))
                .hasMessageContaining("jembatan.kafka.bootstrap-servers is empty")
                .hasMessageContaining("JEMBATAN_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void hidesSecretsFromWhatIsLogged() {
        String described = SECURED.describe();

        assertThat(described).isEqualTo("bootstrap.servers=kafka-1:9093,kafka-2:9093,"
                + " client.id=perpustakaan-sawahlunto, sasl.jaas.config=[hidden], sasl.mechanism=SCRAM-SHA-512,"
                + " security.protocol=SASL_SSL, ssl.truststore.location=/etc/jembatan/kafka-ca.p12,"
                + " ssl.truststore.password=[hidden]");
        assertThat(SECURED.toString()).doesNotContain("rahasia").contains("sasl.jaas.config=[hidden]");
    }

    @Test
    void knowsWhichPropertiesHoldSecrets() {
        assertThat(KafkaClientConfig.secret("sasl.jaas.config")).isTrue();
        assertThat(KafkaClientConfig.secret("ssl.key.password")).isTrue();
        assertThat(KafkaClientConfig.secret("ssl.keystore.password")).isTrue();
        assertThat(KafkaClientConfig.secret("ssl.keystore.key")).isTrue();
        assertThat(KafkaClientConfig.secret("sasl.oauthbearer.client.credentials.client.secret")).isTrue();
        assertThat(KafkaClientConfig.secret("basic.auth.user.info")).isTrue();
        assertThat(KafkaClientConfig.secret("sasl.mechanism")).isFalse();
        assertThat(KafkaClientConfig.secret("ssl.truststore.location")).isFalse();
        assertThat(KafkaClientConfig.secret("ssl.keystore.type")).isFalse();
        assertThat(KafkaClientConfig.secret("client.id")).isFalse();
    }
}
