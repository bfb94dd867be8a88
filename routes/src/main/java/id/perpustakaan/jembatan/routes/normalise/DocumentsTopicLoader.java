package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
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
 * Reads the compacted documents topic from its beginning to its current end into what the harvesters remember
 * ({@link Duplicates}, {@link KnownRevisions}): the latest revision of every document, tombstones forgotten. Runs
 * once, before the sources start harvesting, so that memory survives restarts without a database of its own.
 */
public final class DocumentsTopicLoader {

    private static final Logger log = LoggerFactory.getLogger(DocumentsTopicLoader.class);

    private DocumentsTopicLoader() {
    }

    public static void load(Duplicates duplicates, KnownRevisions revisions, KafkaClientConfig kafka, String topic,
                            Duration timeout) {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        try (var consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis())),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    log.warn("stopped reading {} after {} s: older documents will be neither recognised as duplicates"
                            + " nor as unchanged until the next start", topic, timeout.toSeconds());
                    break;
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    remember(duplicates, revisions, record);
                }
            }
            log.info("harvest memory knows {} documents ({} records of {} read in {} ms)", revisions.size(),
                    records, topic, Duration.between(started, Instant.now()).toMillis());
        }
    }

    private static void remember(Duplicates duplicates, KnownRevisions revisions,
                                 ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            duplicates.forget(record.key());
            revisions.forget(record.key());
            return;
        }
        try {
            Document document = JembatanJson.mapper().readValue(record.value(), Document.class);
            duplicates.remember(document.id(), Fingerprints.of(document.text() == null ? "" : document.text()),
                    document.sources(), Duplicates.Primary.of(document));
            revisions.remember(document);
        } catch (Exception e) {
            log.warn("{}-{}@{} is not a Document, skipped: {}", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }
}
