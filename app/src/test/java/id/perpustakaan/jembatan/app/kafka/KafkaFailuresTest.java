package id.perpustakaan.jembatan.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;
import org.junit.jupiter.api.Test;

class KafkaFailuresTest {

    private static final KafkaClientConfig SCRAM = new KafkaClientConfig("kafka:9093", Map.of(
            "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"));

    @Test
    void refusedCredentialsPointAtTheJaasConfigurationAndMechanism() {
        String advice = KafkaFailures.advice(SCRAM, new ExecutionException(
                new SaslAuthenticationException("Authentication failed during authentication due to invalid"
                        + " credentials with SASL mechanism SCRAM-SHA-512")));

        assertThat(advice).isEqualTo("the broker refused the credentials: check the user name and password in"
                + " jembatan.kafka.properties.sasl.jaas.config (JEMBATAN_KAFKA_PROPERTIES_SASL_JAAS_CONFIG) and"
                + " jembatan.kafka.properties.sasl.mechanism (JEMBATAN_KAFKA_PROPERTIES_SASL_MECHANISM) (now"
                + " SCRAM-SHA-512)");
    }

    @Test
    void anUntrustedCertificatePointsAtTheTruststore() {
        assertThat(KafkaFailures.advice(SCRAM, new SslAuthenticationException("SSL handshake failed")))
                .startsWith("the TLS handshake failed")
                .contains("jembatan.kafka.properties.ssl.truststore.location"
                        + " (JEMBATAN_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION)");
    }

    @Test
    void aMechanismTheBrokerDoesNotOfferIsNamed() {
        assertThat(KafkaFailures.advice(SCRAM, new UnsupportedSaslMechanismException("no SCRAM here")))
                .isEqualTo("the broker does not offer sasl.mechanism SCRAM-SHA-512: check"
                        + " jembatan.kafka.properties.sasl.mechanism (JEMBATAN_KAFKA_PROPERTIES_SASL_MECHANISM)");
    }

    @Test
    void missingRightsAskForAcls() {
        assertThat(KafkaFailures.advice(SCRAM, new TopicAuthorizationException("jembatan.documents")))
                .contains("accepted the credentials but refused the request").contains("ACLs");
    }

    @Test
    void noAnswerPointsAtTheAddressAndTheSecurityProtocolInForce() {
        assertThat(KafkaFailures.advice(KafkaClientConfig.of("kafka:9093"), new TimeoutException("timed out")))
                .isEqualTo("check jembatan.kafka.bootstrap-servers (JEMBATAN_KAFKA_BOOTSTRAP_SERVERS) and that"
                        + " jembatan.kafka.properties.security.protocol"
                        + " (JEMBATAN_KAFKA_PROPERTIES_SECURITY_PROTOCOL) (now PLAINTEXT) is what the broker's"
                        + " listener speaks");
    }
}
