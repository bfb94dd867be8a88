package id.perpustakaan.jembatan.indexer.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects a compacted topic of documents into an index alias: each record becomes an index operation with the
 * document's revision as external version (so a replayed or older revision never overwrites a newer one), a
 * tombstone becomes a delete. A poll's offsets are committed only after Elasticsearch answered for every record
 * in it; until then the poll is sent again with growing pauses, which is also how an Elasticsearch outage is
 * waited out.
 */
public class Projection implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Projection.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final String name;
    private final String topic;
    private final String alias;
    private final Consumer<String, String> consumer;
    private final ElasticsearchClient client;
    private final IndexerProperties properties;
    private final DeadLetterSink deadLetters;
    private final Counter indexed;
    private final Counter refused;
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    public Projection(String name, String topic, String alias, Consumer<String, String> consumer,
                      ElasticsearchClient client, IndexerProperties properties, DeadLetterSink deadLetters,
                      MeterRegistry meters) {
        this.name = name;
        this.topic = topic;
        this.alias = alias;
        this.consumer = consumer;
        this.client = client;
        this.properties = properties;
        this.deadLetters = deadLetters;
        this.indexed = meters.counter("jembatan.indexer.operations", "projection", name, "outcome", "acknowledged");
        this.refused = meters.counter("jembatan.indexer.operations", "projection", name, "outcome", "refused");
    }

    /** Why the last batch was not acknowledged, or {@code null} when the last one was. */
    public String lastError() {
        return lastError.get();
    }

    @Override
    public void run() {
        BatchListener listener = new BatchListener();
        try (BulkIngester<BatchListener.Item> ingester = BulkIngester.of(b -> b
                .client(client)
                .listener(listener)
                .maxOperations(properties.maxPollRecords())
                .maxConcurrentRequests(properties.bulkConcurrency()))) {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    log.info("projection '{}' consumes {} into {}", name, partitions, alias);
                }
            });
            Duration backoff = properties.retryBackoff();
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                boolean done;
                try {
                    done = project(records, ingester);
                } catch (KafkaException e) {
                    // the commit or a dead letter could not be written: Kafka itself is in trouble
                    done = retryLater("Kafka: " + e, records);
                }
                if (done) {
                    backoff = properties.retryBackoff();
                } else {
                    rewind(records);
                    // a pause that stop() can cut short without interrupting the consumer's I/O
                    stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("projection '{}' of {} stopped: {}", name, topic, e.toString(), e);
            lastError.set("stopped: " + e);
        } finally {
            consumer.close();
        }
    }

    /** @return true when the batch was answered in full and its offsets committed */
    private boolean project(ConsumerRecords<String, String> records, BulkIngester<BatchListener.Item> ingester)
            throws InterruptedException {
        Batch batch = new Batch(records.count());
        for (ConsumerRecord<String, String> record : records) {
            add(record, batch, ingester);
        }
        ingester.flush();
        if (!batch.await(properties.acknowledgeTimeout())) {
            return retryLater("Elasticsearch did not answer within " + properties.acknowledgeTimeout().toSeconds()
                    + " s", records);
        }
        if (batch.transientFailure() != null) {
            return retryLater(batch.transientFailure(), records);
        }
        deadLetters.send(batch.rejected());
        try {
            consumer.commitSync(nextOffsets(records));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // the partitions moved to another instance, which will index these records again: harmless
            log.info("projection '{}': partitions reassigned before commit ({})", name, e.getMessage());
        }
        indexed.increment(batch.acknowledgedCount());
        log.debug("projection '{}': {} records acknowledged, {} refused", name, batch.acknowledgedCount(),
                batch.rejected().size());
        refused.increment(batch.rejected().size());
        lastError.set(null);
        return true;
    }

    private void add(ConsumerRecord<String, String> record, Batch batch, BulkIngester<BatchListener.Item> ingester) {
        String id = record.key();
        if (record.value() == null) {
            ingester.add(BulkOperation.of(op -> op.delete(d -> d.index(alias).id(id))),
                    new BatchListener.Item(batch, null, id));
            return;
        }
        Document document;
        try {
            document = JembatanJson.mapper().readValue(record.value(), Document.class);
        } catch (Exception e) {
            batch.rejected(null, id, "not a Document at " + topic + "-" + record.partition() + "@"
                    + record.offset() + ": " + e.getMessage());
            return;
        }
        ingester.add(BulkOperation.of(op -> op.index(i -> i
                        .index(alias)
                        .id(document.id())
                        .version(document.revision())
                        .versionType(VersionType.External)
                        .document(document))),
                new BatchListener.Item(batch, document.sourceId(), document.id()));
    }

    private boolean retryLater(String reason, ConsumerRecords<String, String> records) {
        if (!reason.equals(lastError.getAndSet(reason))) {
            log.warn("projection '{}': {} records from {} not acknowledged ({}); offsets stay uncommitted and the"
                    + " batch is retried", name, records.count(), topic, reason);
        }
        return false;
    }

    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Ends the loop; the consumer is woken from its poll and closed by the projection's thread. */
    public void stop() {
        stopping.countDown();
        consumer.wakeup();
    }
}
