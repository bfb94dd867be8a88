package id.perpustakaan.jembatan.app.kafka;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.util.Locale;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

/**
 * Says which setting to look at when Kafka cannot be used: refused credentials, an untrusted certificate, a
 * mechanism the broker does not offer, missing rights, or no answer at all (a wrong address, or a security protocol
 * other than the listener's: the broker then closes the connection and the client waits until its timeout).
 */
public final class KafkaFailures {

    private KafkaFailures() {
    }

    public static String advice(KafkaClientConfig kafka, Throwable failure) {
        String protocol = kafka.property("security.protocol", "PLAINTEXT");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SslAuthenticationException) {
                return "the TLS handshake failed: the broker's certificate must be trusted (check "
                        + setting("ssl.truststore.location") + " or " + setting("ssl.truststore.certificates")
                        + ") and name the host in jembatan.kafka.bootstrap-servers";
            }
            if (cause instanceof UnsupportedSaslMechanismException) {
                return "the broker does not offer sasl.mechanism " + kafka.property("sasl.mechanism", "GSSAPI")
                        + ": check " + setting("sasl.mechanism");
            }
            if (cause instanceof AuthenticationException) {
                return "the broker refused the credentials: check the user name and password in "
                        + setting("sasl.jaas.config") + " and " + setting("sasl.mechanism") + " (now "
                        + kafka.property("sasl.mechanism", "GSSAPI") + ")";
            }
            if (cause instanceof AuthorizationException) {
                return "the broker accepted the credentials but refused the request: grant the account access to"
                        + " Jembatan's topics, consumer groups and transactional ids (ACLs)";
            }
        }
        return "check jembatan.kafka.bootstrap-servers (JEMBATAN_KAFKA_BOOTSTRAP_SERVERS) and that "
                + setting("security.protocol") + " (now " + protocol + ") is what the broker's listener speaks";
    }

    /** The key and its environment variable: {@code jembatan.kafka.properties.sasl.mechanism (JEMBATAN_…)}. */
    private static String setting(String property) {
        String key = KafkaClientConfig.PROPERTIES_PREFIX + property;
        return key + " (" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }
}
