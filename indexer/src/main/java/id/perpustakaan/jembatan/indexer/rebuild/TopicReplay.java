package id.perpustakaan.jembatan.indexer.rebuild;

import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.indexer.projection.BatchWriter;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads topics from their beginning, outside any consumer group (a replay commits nothing and disturbs no live
 * projection), and writes them into an index batch by batch, each batch retried until Elasticsearch answered for
 * all of it. Records refused for good were dead-lettered when the live projection first met them; a replay only
 * counts them.
 */
final class TopicReplay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Consumer<String, String> consumer;
    private final BatchWriter writer;
    private final IndexerProperties properties;
    private long replayed;
    private long refused;

    TopicReplay(Consumer<String, String> consumer, BatchWriter writer, IndexerProperties properties) {
        this.consumer = consumer;
        this.writer = writer;
        this.properties = properties;
    }

    /** Assigns every partition of the topics at their beginning; tells how many records they hold now. */
    void start(List<String> topics, LongConsumer total) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        long records = 0;
        for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions).entrySet()) {
            records += end.getValue() - begin.get(end.getKey());
        }
        total.accept(records);
    }

    /** Writes every record up to the topics' current end into the target. */
    void catchUp(ProjectionOperations.Target target, LongConsumer progress) throws InterruptedException {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        Duration backoff = properties.retryBackoff();
        while (behind(end)) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
            records.forEach(batch::add);
            BatchWriter.Outcome outcome = writer.write(batch, target);
            if (outcome.done()) {
                replayed += batch.size();
                refused += outcome.refused().size();
                progress.accept(replayed);
                backoff = properties.retryBackoff();
            } else {
                log.warn("rebuild into {}: {} records not acknowledged ({}); retried in {} ms", target.index(),
                        batch.size(), outcome.retryReason(), backoff.toMillis());
                for (TopicPartition partition : records.partitions()) {
                    consumer.seek(partition, records.records(partition).get(0).offset());
                }
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        if (refused > 0) {
            log.info("rebuild into {}: {} records refused, as when they were first indexed", target.index(), refused);
        }
    }

    private boolean behind(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
