package id.perpustakaan.jembatan.indexer.projection;

import id.perpustakaan.jembatan.indexer.IndexerProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Keeps an index alias up to date with its topics, for as long as the application runs. A poll's offsets are
 * committed only after Elasticsearch answered for every record in it; until then the poll is sent again with
 * growing pauses, which is also how an Elasticsearch outage is waited out: nothing is committed, nothing is lost.
 * A record Elasticsearch refuses for good goes to the dead-letter topic and does not hold up the partition.
 */
public class Projection implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Projection.class);
    /** Short enough that indexing resumes soon after an outage ends, long enough not to flood the log. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

    private final String name;
    private final ProjectionOperations.Target target;
    private final Consumer<String, String> consumer;
    private final BatchWriter writer;
    private final IndexerProperties properties;
    private final DeadLetterSink deadLetters;
    private final Counter indexed;
    private final Counter refused;
    private final Counter retried;
    private final KafkaClientMetrics consumerMetrics;
    private final AtomicLong lag = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    public Projection(String name, String alias, Consumer<String, String> consumer, BatchWriter writer,
                      IndexerProperties properties, DeadLetterSink deadLetters, MeterRegistry meters) {
        this.name = name;
        this.target = new ProjectionOperations.Target(alias, true);
        this.consumer = consumer;
        this.writer = writer;
        this.properties = properties;
        this.deadLetters = deadLetters;
        this.indexed = meters.counter("jembatan.indexer.operations", "projection", name, "outcome", "acknowledged");
        this.refused = meters.counter("jembatan.indexer.operations", "projection", name, "outcome", "refused");
        this.retried = meters.counter("jembatan.indexer.batches.retried", "projection", name);
        Gauge.builder("jembatan.indexer.lag", lag, AtomicLong::get).tag("projection", name)
                .description("records on the projection's topics not yet indexed").register(meters);
        // the consumer's own figures (kafka_consumer_fetch_manager_records_lag_max…), removed when it closes; its
        // client_id names the projection's group. No label of our own: Kafka's app-info meters are shared with the
        // producers, and Prometheus wants one set of labels per name
        this.consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(meters);
    }

    public String name() {
        return name;
    }

    /** Why the last batch was not acknowledged, or {@code null} when the last one was. */
    public String lastError() {
        return lastError.get();
    }

    /** Records on the topics not yet indexed, as of the last poll. */
    public long lag() {
        return lag.get();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(writer.operations().topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    log.info("projection '{}' consumes {} into {}", name, partitions, target.index());
                }
            });
            Duration backoff = properties.retryBackoff();
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                updateLag();
                if (records.isEmpty()) {
                    continue;
                }
                boolean done;
                try {
                    done = project(records);
                } catch (KafkaException e) {
                    // the commit or a dead letter could not be written: Kafka itself is in trouble
                    done = retryLater("Kafka: " + e, records.count());
                }
                if (done) {
                    backoff = properties.retryBackoff();
                } else {
                    retried.increment();
                    rewind(records);
                    // a pause that stop() can cut short without interrupting the consumer's I/O
                    stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("projection '{}' stopped: {}", name, e.toString(), e);
            lastError.set("stopped: " + e);
        } finally {
            writer.close();
            consumerMetrics.close();
            consumer.close();
        }
    }

    /** @return true when the batch was answered in full and its offsets committed */
    private boolean project(ConsumerRecords<String, String> records) throws InterruptedException {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        BatchWriter.Outcome outcome = writer.write(list, target);
        if (!outcome.done()) {
            return retryLater(outcome.retryReason(), records.count());
        }
        deadLetters.send(outcome.refused());
        try {
            consumer.commitSync(nextOffsets(records));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // the partitions moved to another instance, which will index these records again: harmless
            log.info("projection '{}': partitions reassigned before commit ({})", name, e.getMessage());
        }
        indexed.increment(outcome.acknowledged());
        refused.increment(outcome.refused().size());
        log.debug("projection '{}': {} operations acknowledged, {} refused", name, outcome.acknowledged(),
                outcome.refused().size());
        if (lastError.getAndSet(null) != null) {
            log.info("projection '{}' is indexing again", name);
        }
        return true;
    }

    private void updateLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }

    private boolean retryLater(String reason, int count) {
        if (!reason.equals(lastError.getAndSet(reason))) {
            log.warn("projection '{}': {} records not acknowledged ({}); offsets stay uncommitted and the batch is"
                    + " retried", name, count, reason);
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
