package id.perpustakaan.jembatan.indexer.rebuild;

import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.projection.BatchWriter;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds an index from its topics without downtime, one rebuild per index at a time: a new physical index from
 * the current template, the topics replayed into it from the beginning while searches keep using the old one, an
 * atomic switch of the alias once caught up, a last catch-up for what arrived meanwhile, then the old index goes.
 */
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final IndexSetup setup;
    private final Map<IndexKind, Supplier<BatchWriter>> writers;
    private final Supplier<Consumer<String, String>> consumers;
    private final IndexerProperties properties;
    private final Clock clock;
    private final Map<IndexKind, AtomicReference<RebuildProgress>> progress = new EnumMap<>(IndexKind.class);

    public Rebuilds(IndexSetup setup, Map<IndexKind, Supplier<BatchWriter>> writers,
                    Supplier<Consumer<String, String>> consumers, IndexerProperties properties, MeterRegistry meters, Clock clock) {
        this.setup = setup;
        this.writers = writers;
        this.consumers = consumers;
        this.properties = properties;
        this.clock = clock;
        for (IndexKind kind : IndexKind.values()) {
            AtomicReference<RebuildProgress> current = new AtomicReference<>();
            progress.put(kind, current);
            Gauge.builder("jembatan.indexer.rebuild.replayed", current, of(RebuildProgress::replayed))
                    .tag("index", kind.label()).description("records replayed by the running or last rebuild")
                    .register(meters);
            Gauge.builder("jembatan.indexer.rebuild.last", current, of(p -> p.finishedAt() == null ? 0
                            : p.finishedAt().getEpochSecond()))
                    .tag("index", kind.label()).description("when the last rebuild ended, epoch seconds")
                    .register(meters);
        }
    }

    private static ToDoubleFunction<AtomicReference<RebuildProgress>> of(Function<RebuildProgress, Long> value) {
        return reference -> {
            RebuildProgress current = reference.get();
            return current == null ? 0.0 : value.apply(current).doubleValue();
        };
    }

    /** The running or the last rebuild of the index since start-up. */
    public Optional<RebuildProgress> progress(IndexKind kind) {
        return Optional.ofNullable(progress.get(kind).get());
    }

    /**
     * Starts a rebuild on a thread of its own.
     *
     * @throws IllegalStateException when one is already running for this index
     */
    public RebuildProgress start(IndexKind kind, String reason) {
        AtomicReference<RebuildProgress> current = progress.get(kind);
        synchronized (current) {
            RebuildProgress running = current.get();
            if (running != null && running.running()) {
                throw new IllegalStateException("a rebuild of the " + kind.label() + " index is already running"
                        + " (started " + running.startedAt() + ")");
            }
            Replay replay = new Replay(kind, reason, current);
            RebuildProgress started = replay.begin();
            Thread thread = new Thread(replay, "rebuild-" + kind.label());
            thread.setDaemon(true);
            thread.start();
            return started;
        }
    }

    /** One rebuild, from creating the new index to deleting the old one. */
    private final class Replay implements Runnable {

        private final IndexKind kind;
        private final String reason;
        private final AtomicReference<RebuildProgress> current;

        Replay(IndexKind kind, String reason, AtomicReference<RebuildProgress> current) {
            this.kind = kind;
            this.reason = reason;
            this.current = current;
        }

        RebuildProgress begin() {
            Optional<String> live;
            Optional<String> created;
            try {
                live = setup.liveIndex(kind);
                created = setup.createSuccessor(kind, live);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start a rebuild of the " + kind.label() + " index: " + e, e);
            }
            if (created.isEmpty()) {
                throw new IllegalStateException("a rebuild of the " + kind.label() + " index is already running on"
                        + " another instance, into " + IndexSetup.successorName(setup.alias(kind),
                        setup.templateVersion(kind), live) + "; if none is (one stopped half-way), delete that index"
                        + " and ask again");
            }
            try {
                String from = live.orElse(null);
                String to = created.get();
                RebuildProgress started = new RebuildProgress(kind, RebuildProgress.State.REPLAYING, reason, from, to,
                        0, 0, clock.instant(), null, null);
                current.set(started);
                log.info("rebuilding the {} index ({}): replaying into {} while {} answers", kind.label(), reason, to,
                        from == null ? "no index" : from);
                return started;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start a rebuild of the " + kind.label() + " index: " + e, e);
            }
        }

        @Override
        public void run() {
            RebuildProgress started = current.get();
            try (BatchWriter writer = writers.get(kind).get();
                 TopicReplay replay = new TopicReplay(consumers.get(), writer, properties)) {
                var target = new ProjectionOperations.Target(started.toIndex(), false);
                replay.start(writer.operations().topics(), total -> current.set(current.get().withTotal(total)));
                replay.catchUp(target, count -> current.set(current.get().replayed(count)));
                setup.switchAlias(kind, started.toIndex());
                // what the live projection wrote to the old index between the catch-up and the switch
                replay.catchUp(target, count -> current.set(current.get().replayed(count)));
                if (started.fromIndex() != null && !started.fromIndex().equals(started.toIndex())) {
                    setup.delete(started.fromIndex());
                }
                current.set(current.get().switched(clock.instant()));
                RebuildProgress done = current.get();
                log.info("rebuilt the {} index: {} records replayed into {} in {} ms", kind.label(), done.replayed(),
                        done.toIndex(), done.finishedAt().toEpochMilli() - done.startedAt().toEpochMilli());
            } catch (Exception e) {
                log.error("rebuild of the {} index failed; the alias still points at {}: {}", kind.label(),
                        started.fromIndex(), e.toString(), e);
                current.set(current.get().failed(e.toString(), clock.instant()));
                try {
                    if (!setup.liveIndex(kind).map(started.toIndex()::equals).orElse(false)) {
                        setup.delete(started.toIndex());
                    }
                } catch (Exception cleanup) {
                    log.warn("cannot delete the unfinished index {}: {}", started.toIndex(), cleanup.toString());
                }
            }
        }
    }
}
