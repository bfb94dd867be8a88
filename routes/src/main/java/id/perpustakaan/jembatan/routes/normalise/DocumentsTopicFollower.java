package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import id.perpustakaan.jembatan.routes.normalise.dedup.Fingerprints;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what the harvesters remember ({@link Duplicates}, {@link KnownRevisions}) up to date with the documents
 * topic, whichever instance wrote to it. At start it restores the memory from a {@link MemorySnapshot} (the inbox
 * index) and reads only the records after the snapshot's offsets; without a snapshot (a first start, or the
 * snapshot's store not answering in time) it reads the topic from its beginning. Harvesting waits until the topic's
 * end as of the start has been read ({@link KnownRevisions#awaitLoaded()}); after that the follower goes on reading
 * what is written, so a copy of what another instance harvested a moment ago is recognised here too.
 *
 * <p>{@code jembatan.harvest.memory.records} counts what was read into the memory, tagged {@code from}:
 * {@code snapshot} (documents) or {@code topic} (records: after the snapshot's offsets, or all of them without one;
 * not this instance's own, which it remembered when it published them).
 */
public final class DocumentsTopicFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DocumentsTopicFollower.class);
    private static final Duration SNAPSHOT_RETRY = Duration.ofSeconds(2);

    private final Duplicates duplicates;
    private final KnownRevisions revisions;
    private final KafkaClientConfig kafka;
    private final String topic;
    private final Optional<MemorySnapshot> snapshot;
    private final Duration snapshotWait;
    private final Duration catchUpLimit;
    private final Counter fromSnapshot;
    private final Counter fromTopic;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /**
     * @param snapshotWait how long the snapshot's store may take to answer at start (a local node may still be
     *                     starting) before the topic is read from its beginning instead
     * @param catchUpLimit how long harvesting waits for the memory at most; what is read later is known later
     */
    public DocumentsTopicFollower(Duplicates duplicates, KnownRevisions revisions, KafkaClientConfig kafka,
                                  String topic, Optional<MemorySnapshot> snapshot, Duration snapshotWait,
                                  Duration catchUpLimit, MeterRegistry meters) {
        this.duplicates = duplicates;
        this.revisions = revisions;
        this.kafka = kafka;
        this.topic = topic;
        this.snapshot = snapshot;
        this.snapshotWait = snapshotWait;
        this.catchUpLimit = catchUpLimit;
        this.fromSnapshot = meters.counter("jembatan.harvest.memory.records", "from", "snapshot");
        this.fromTopic = meters.counter("jembatan.harvest.memory.records", "from", "topic");
    }

    public synchronized void start() {
        thread = new Thread(this::run, "harvest-memory");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Instant started = Instant.now();
        try {
            Optional<Map<Integer, Long>> offsets = restore();
            if (closing.getCount() == 0) {
                return;
            }
            long restored = (long) fromSnapshot.count();
            try (var reader = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    // an offset no longer in the topic: read what is there rather than skip to its end
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) catchUpLimit.toMillis())),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer = reader;
                if (closing.getCount() == 0) {
                    return;
                }
                List<TopicPartition> partitions = reader.partitionsFor(topic, catchUpLimit).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                offsets.ifPresent(from -> partitions.stream().filter(p -> from.containsKey(p.partition()))
                        .forEach(p -> reader.seek(p, from.get(p.partition()))));
                catchUp(reader, partitions, started);
                log.info("harvest memory knows {} documents: {} from {}, then {} records of {} {} ({} ms)",
                        revisions.size(), restored, offsets.isPresent() ? snapshot.get() : "no snapshot",
                        (long) fromTopic.count(), topic, offsets.isPresent() ? "after its offsets"
                                : "from its beginning", Duration.between(started, Instant.now()).toMillis());
                revisions.loadedNow();
                follow(reader);
            }
        } catch (WakeupException e) {
            // closed
        } catch (RuntimeException e) {
            log.error("cannot read {}: {}", topic, e.toString());
            revisions.couldNotLoad(e);
        }
    }

    /** Until closed: a record that cannot be read now is read again after a pause, never skipped. */
    private void follow(KafkaConsumer<String, String> reader) {
        while (closing.getCount() > 0) {
            try {
                reader.poll(Duration.ofSeconds(1)).forEach(this::remember);
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                log.warn("cannot follow {} ({}); trying again in 5 s", topic, e.toString());
                try {
                    closing.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Optional<Map<Integer, Long>> restore() {
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        Instant deadline = Instant.now().plus(snapshotWait);
        String lastProblem = null;
        while (closing.getCount() > 0) {
            try {
                // counted once whole: an attempt that failed half-way is made again from the start
                long[] restored = {0};
                Optional<Map<Integer, Long>> offsets = snapshot.get().restore(document -> {
                    remember(document);
                    restored[0]++;
                });
                fromSnapshot.increment(restored[0]);
                if (offsets.isEmpty()) {
                    log.info("no snapshot of {} in {} yet: reading the topic from its beginning", topic,
                            snapshot.get());
                }
                return offsets;
            } catch (Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    log.warn("{} did not answer within {} s ({}): reading {} from its beginning", snapshot.get(),
                            snapshotWait.toSeconds(), e.toString(), topic);
                    return Optional.empty();
                }
                if (!e.toString().equals(lastProblem)) {
                    log.info("cannot read {} yet ({}); trying again for up to {} s", snapshot.get(), e.toString(),
                            snapshotWait.toSeconds());
                    lastProblem = e.toString();
                }
                try {
                    closing.await(SNAPSHOT_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private void catchUp(KafkaConsumer<String, String> reader, List<TopicPartition> partitions, Instant started) {
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, catchUpLimit);
        Instant deadline = started.plus(catchUpLimit);
        while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                log.warn("{} not read to its end after {} s: harvesting starts, and the documents still to be read"
                        + " are recognised as duplicates or as unchanged once they are", topic,
                        catchUpLimit.toSeconds());
                return;
            }
            reader.poll(Duration.ofMillis(500)).forEach(this::remember);
        }
    }

    private void remember(ConsumerRecord<String, String> record) {
        Header writer = record.headers().lastHeader(KnownRevisions.WRITER_HEADER);
        if (writer != null && revisions.wroteHere(new String(writer.value(), StandardCharsets.UTF_8))) {
            // remembered when Kafka acknowledged it: reading it back would only cost a parse and a fingerprint
            return;
        }
        fromTopic.increment();
        if (record.value() == null) {
            duplicates.forget(record.key());
            revisions.forget(record.key());
            return;
        }
        try {
            remember(JembatanJson.mapper().readValue(record.value(), Document.class));
        } catch (Exception e) {
            log.warn("{}-{}@{} is not a Document, skipped: {}", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    private void remember(Document document) {
        // an older revision read late changes nothing
        if (!revisions.isNotOlder(document)) {
            return;
        }
        duplicates.remember(document.id(), Fingerprints.of(document.text() == null ? "" : document.text()),
                document.sources(), Duplicates.Primary.of(document));
        revisions.remember(document);
    }

    @Override
    public void close() throws InterruptedException {
        Thread running;
        synchronized (this) {
            closing.countDown();
            running = thread;
        }
        KafkaConsumer<String, String> reader = consumer;
        if (reader != null) {
            reader.wakeup();
        }
        if (running != null) {
            running.join(10_000);
        }
    }
}
