package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.routes.normalise.dedup.Fingerprints;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted documents topic from its beginning to its current end into {@link Duplicates}: the latest
 * revision of every document, tombstones forgotten. Runs before the sources start harvesting.
 */
public final class DuplicatesLoader {

    private static final Logger log = LoggerFactory.getLogger(DuplicatesLoader.class);

    private DuplicatesLoader() {
    }

    public static void load(Duplicates duplicates, String bootstrapServers, String topic, Duration timeout) {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    log.warn("stopped reading {} for duplicates after {} s: later duplicates of older documents"
                            + " will not be recognised until the next start", topic, timeout.toSeconds());
                    break;
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    remember(duplicates, record);
                }
            }
            log.info("duplicate detection knows {} documents ({} records of {} read in {} ms)", duplicates.size(),
                    records, topic, Duration.between(started, Instant.now()).toMillis());
        }
    }

    private static void remember(Duplicates duplicates, ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            duplicates.forget(record.key());
            return;
        }
        try {
            Document document = JembatanJson.mapper().readValue(record.value(), Document.class);
            duplicates.remember(document.id(), Fingerprints.of(document.text() == null ? "" : document.text()),
                    document.sources());
        } catch (Exception e) {
            log.warn("{}-{}@{} is not a Document, skipped for duplicate detection: {}", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }
}
