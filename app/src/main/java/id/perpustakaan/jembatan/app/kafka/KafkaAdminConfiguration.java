package id.perpustakaan.jembatan.app.kafka;

import id.perpustakaan.jembatan.indexer.KafkaSettings;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KafkaAdminConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaAdminConfiguration.class);

    @Bean(destroyMethod = "close")
    Admin kafkaAdmin(KafkaSettings settings) {
        KafkaClientConfig kafka = settings.clients();
        // the first Kafka client of a start: say once, secrets hidden, how every client connects
        log.info("Kafka clients connect with {}", kafka.describe());
        try {
            return Admin.create(kafka.clientConfig(Map.of(
                    AdminClientConfig.CLIENT_ID_CONFIG, "jembatan-admin",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000)));
        } catch (KafkaException e) {
            // e.g. a sasl.jaas.config that does not parse, a truststore that cannot be read
            throw new IllegalStateException("cannot make a Kafka client with " + kafka.describe() + ": "
                    + rootMessage(e) + " (check " + KafkaClientConfig.PROPERTIES_PREFIX + "*)", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
