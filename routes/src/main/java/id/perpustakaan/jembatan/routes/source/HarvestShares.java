package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which sources this instance harvests, decided by Kafka: every harvesting instance joins one consumer group on
 * the harvest topic, and a source belongs to the partition its id hashes to, as a record keyed by it would. The
 * group's coordinator gives each partition to exactly one member; when a member leaves or stops answering for
 * {@code failoverAfter}, its partitions, and so its sources, move to the others. Only the sources of this
 * instance's partitions have their routes started (their schedules, their folder watches), and a librarian's
 * run-now asked anywhere arrives here as a record keyed by the source.
 *
 * <p>Partitions move incrementally (cooperative rebalancing): a source keeps running while instances come and go
 * elsewhere, and a moved source's route is stopped, its run in progress finished, before Kafka gives it to the
 * next instance.
 */
public final class HarvestShares implements ConsumerRebalanceListener, AutoCloseable {

    /** Starts and stops one source's harvesting here. */
    public interface SourceSwitch {
        void start(String sourceId);

        void stop(String sourceId);
    }

    /** A run request older than this is dropped: the source's own schedule has run since. */
    static final Duration REQUEST_EXPIRES = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(HarvestShares.class);

    private final List<SourceDefinition> sources;
    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final SourceSwitch sourceSwitch;
    private final Consumer<String> runNow;
    private final Clock clock;
    private final Set<String> harvested = ConcurrentHashMap.newKeySet();
    private final Thread poller;
    private volatile boolean closed;

    /**
     * @param group         the harvesting instances' consumer group
     * @param failoverAfter how long an instance may stay silent before its sources move (the group's session)
     * @param runNow        starts a run of a source harvested here, when asked through the topic
     */
    public HarvestShares(List<SourceDefinition> sources, KafkaClientConfig kafka, String topic, String group,
                         Duration failoverAfter, SourceSwitch sourceSwitch, Consumer<String> runNow, Clock clock) {
        this.sources = List.copyOf(sources);
        this.topic = topic;
        this.sourceSwitch = sourceSwitch;
        this.runNow = runNow;
        this.clock = clock;
        this.consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) failoverAfter.toMillis(),
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, failoverAfter.toMillis() / 4))),
                new StringDeserializer(), new StringDeserializer());
        this.poller = new Thread(this::poll, "harvest-shares");
        poller.setDaemon(true);
    }

    /** The partition of the harvest topic a source belongs to: where Kafka's producer puts a record keyed by it. */
    public static int partitionOf(String sourceId, int partitions) {
        return Utils.toPositive(Utils.murmur2(sourceId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Joins the group; sources start as Kafka assigns their partitions. */
    public synchronized void start() {
        if (!closed) {
            poller.start();
        }
    }

    /** Whether this instance harvests the source now. */
    public boolean harvests(String sourceId) {
        return harvested.contains(sourceId);
    }

    /** The sources this instance harvests now, by id. */
    public Set<String> harvested() {
        return Set.copyOf(harvested);
    }

    private void poll() {
        String lastProblem = null;
        try {
            consumer.subscribe(List.of(topic), this);
            while (!closed) {
                try {
                    ConsumerRecords<String, String> requests = consumer.poll(Duration.ofSeconds(1));
                    requests.forEach(this::requested);
                    if (!requests.isEmpty()) {
                        consumer.commitSync();
                    }
                    lastProblem = null;
                } catch (RebalanceInProgressException | CommitFailedException e) {
                    // the partitions are moving: the next poll takes part, and a request may come again (at worst
                    // one run more of the source, never two at once: the gate sees to that)
                } catch (KafkaException e) {
                    if (e instanceof WakeupException) {
                        throw e;
                    }
                    // the broker away, say: the sources keep running as assigned; Kafka takes them elsewhere if
                    // this lasts longer than the failover time, and tells this instance they are lost
                    if (!e.toString().equals(lastProblem)) {
                        log.warn("harvest shares: {}; trying again", e.toString());
                        lastProblem = e.toString();
                    }
                    Thread.sleep(1000);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("harvest shares: the Kafka consumer failed, this instance harvests no source until a"
                    + " restart: {}", e.toString(), e);
        } finally {
            try {
                consumer.close(Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                log.warn("harvest shares: closing the Kafka consumer: {}", e.toString());
            }
            stop(new ArrayList<>(harvested));
        }
    }

    private void requested(ConsumerRecord<String, String> request) {
        String sourceId = request.key();
        if (sourceId == null || sources.stream().noneMatch(source -> source.id().equals(sourceId))) {
            log.warn("harvest shares: a run was asked of source '{}', which is not in this instance's sources file",
                    sourceId);
            return;
        }
        Duration age = Duration.ofMillis(clock.millis() - request.timestamp());
        if (age.compareTo(REQUEST_EXPIRES) > 0) {
            log.info("source '{}': a run asked {} min ago is dropped, the schedule ran since", sourceId,
                    age.toMinutes());
            return;
        }
        try {
            runNow.accept(sourceId);
        } catch (RuntimeException e) {
            log.warn("source '{}': the run asked could not start: {}", sourceId, e.toString());
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Set<Integer> assigned = partitionNumbers(partitions);
        if (assigned.isEmpty()) {
            return;
        }
        int count = consumer.partitionsFor(topic).size();
        List<String> started = new ArrayList<>();
        for (SourceDefinition source : sources) {
            if (assigned.contains(partitionOf(source.id(), count)) && harvested.add(source.id())) {
                sourceSwitch.start(source.id());
                started.add(source.id());
            }
        }
        log.info("harvest shares: partitions {} of {} assigned here; started {}; harvesting {} of {} sources",
                assigned, topic, started.isEmpty() ? "none" : started, harvested.size(), sources.size());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        moved(partitions, "revoked");
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        // this instance was silent too long: another may harvest these already
        moved(partitions, "lost");
    }

    private void moved(Collection<TopicPartition> partitions, String how) {
        Set<Integer> gone = partitionNumbers(partitions);
        if (gone.isEmpty()) {
            return;
        }
        int count = consumer.partitionsFor(topic).size();
        List<String> leaving = harvested.stream().filter(id -> gone.contains(partitionOf(id, count))).toList();
        stop(leaving);
        log.info("harvest shares: partitions {} of {} {}; stopped {}; harvesting {} of {} sources", gone, topic,
                how, leaving.isEmpty() ? "none" : leaving, harvested.size(), sources.size());
    }

    private void stop(List<String> sourceIds) {
        for (String sourceId : sourceIds) {
            // first, so that a run asked from now on goes to the topic, and to the source's next instance
            harvested.remove(sourceId);
            try {
                sourceSwitch.stop(sourceId);
            } catch (RuntimeException e) {
                log.warn("source '{}': its route did not stop cleanly: {}", sourceId, e.toString());
            }
        }
    }

    private static Set<Integer> partitionNumbers(Collection<TopicPartition> partitions) {
        Set<Integer> numbers = new TreeSet<>();
        partitions.forEach(partition -> numbers.add(partition.partition()));
        return numbers;
    }

    /** Leaves the group at once, so the other instances take this one's sources without waiting for its silence. */
    @Override
    public synchronized void close() throws InterruptedException {
        closed = true;
        if (poller.isAlive()) {
            consumer.wakeup();
            poller.join(Duration.ofSeconds(60).toMillis());
        } else if (poller.getState() == Thread.State.NEW) {
            consumer.close(Duration.ZERO);
        }
    }
}
