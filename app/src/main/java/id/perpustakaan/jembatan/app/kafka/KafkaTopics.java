package id.perpustakaan.jembatan.app.kafka;

import id.perpustakaan.jembatan.indexer.KafkaSettings;
import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.HarvestProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the topics that hold the truth, with their cleanup policies, before any route writes to them. Existing
 * topics are left as they are.
 */
@Component
class KafkaTopics implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final String FOREVER = "-1";
    private static final String ONE_HOUR = String.valueOf(Duration.ofHours(1).toMillis());
    private static final String ONE_YEAR = String.valueOf(Duration.ofDays(365).toMillis());

    private final Admin admin;
    private final Topics topics;
    private final KafkaSettings settings;
    private final HarvestProperties harvest;

    KafkaTopics(Admin admin, Topics topics, KafkaSettings settings, HarvestProperties harvest) {
        this.admin = admin;
        this.topics = topics;
        this.settings = settings;
        this.harvest = harvest;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        String maxMessage = String.valueOf(settings.maxMessageBytes());
        List<NewTopic> wanted = List.of(
                topic(topics.documents(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessage)),
                topic(topics.published(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessage)),
                topic(topics.reviews(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, FOREVER)),
                topic(topics.deadletter(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, ONE_YEAR, TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessage)),
                topic(topics.runs(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                // a revoked token stays, revoked: its record is what refuses it
                topic(topics.agencyTokens(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT)),
                // its partitions are the shares of the sources; its records, run requests, matter for minutes
                new NewTopic(topics.harvest(), harvest.shares().partitions(), settings.replicationFactor())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, ONE_HOUR)));
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((name, future) -> {
                try {
                    future.get(60, TimeUnit.SECONDS);
                    log.info("created Kafka topic {}", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create Kafka topic " + name + ": " + e.getCause()
                                + " (" + KafkaFailures.advice(settings.clients(), e.getCause()) + ")", e);
                    }
                } catch (InterruptedException | TimeoutException e) {
                    throw new IllegalStateException("cannot create Kafka topic " + name + ": " + e, e);
                }
            });
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Kafka at " + settings.bootstrapServers() + " cannot be used: " + cause
                    + " (" + KafkaFailures.advice(settings.clients(), cause) + ")", e);
        }
    }

    private NewTopic topic(String name, Map<String, String> config) {
        return new NewTopic(name, settings.partitions(), settings.replicationFactor()).configs(config);
    }
}
