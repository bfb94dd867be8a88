package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.camel.ProducerTemplate;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run of a source now, wherever it is asked: started here when this instance harvests the source, otherwise
 * handed to the instance that does, as a record keyed by the source on the harvest topic ({@link HarvestShares}).
 */
public final class SourceRunner {

    /** What became of the request. */
    public enum State {
        /** running here now */
        STARTED,
        /** a run of the source is still going, since {@link Outcome#runningSince()} */
        RUNNING,
        /** handed to the instance that harvests the source */
        HANDED_OVER
    }

    public record Outcome(State state, Instant runningSince) {
    }

    /** The source is watched continuously (a folder): it has no runs to start. */
    public static final class WatchedContinuously extends IllegalStateException {
        WatchedContinuously(SourceDefinition source) {
            super("source '" + source.id() + "' is a " + source.kind() + " source, watched continuously: files are"
                    + " picked up within " + source.schedule().toSeconds() + " s of being dropped");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);

    private final RunGate gate;
    private final ProducerTemplate camel;
    private final SourceCatalog sources;
    private final Map<String, SourceKind> kinds;
    private final Predicate<String> harvestsHere;
    private final Producer<String, String> requests;
    private final String topic;

    /**
     * @param kinds        the source kinds, each naming the endpoint that runs one of its sources at once
     * @param harvestsHere whether this instance harvests a source now, by id ({@link HarvestShares#harvests})
     * @param requests     writes run requests to the harvest topic, acknowledged by all replicas
     */
    public SourceRunner(RunGate gate, ProducerTemplate camel, SourceCatalog sources, List<SourceKind> kinds,
                        Predicate<String> harvestsHere, Producer<String, String> requests, String topic) {
        this.gate = gate;
        this.camel = camel;
        this.sources = sources;
        this.kinds = kinds.stream().collect(Collectors.toMap(SourceKind::name, Function.identity()));
        this.harvestsHere = harvestsHere;
        this.requests = requests;
        this.topic = topic;
    }

    /** Whether the source has runs to start, rather than being watched continuously. */
    public boolean hasRuns(SourceDefinition source) {
        return runEndpoint(source).isPresent();
    }

    /**
     * Runs the source here or hands the run to the instance that harvests it; returns once either is sure.
     *
     * @throws WatchedContinuously for a source that has no runs
     */
    public Outcome runNow(String sourceId) {
        runEndpoint(sourceId); // refused here, before a run of a folder source is handed to another instance
        if (harvestsHere.test(sourceId)) {
            return runHere(sourceId);
        }
        try {
            requests.send(new ProducerRecord<>(topic, sourceId, "run")).get(30, TimeUnit.SECONDS);
            return new Outcome(State.HANDED_OVER, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run of source '" + sourceId + "' could not be handed to the"
                    + " instance that harvests it: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the run of source '" + sourceId + "' could not be handed to the"
                    + " instance that harvests it: Kafka did not acknowledge within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over the run of source '" + sourceId + "'", e);
        }
    }

    /** Runs the source in this instance, one run at a time. */
    public Outcome runHere(String sourceId) {
        Optional<Instant> going = gate.runNow(sourceId, runEndpoint(sourceId), camel);
        if (going.isPresent()) {
            log.info("source '{}': run asked while the run started at {} is still going", sourceId, going.get());
            return new Outcome(State.RUNNING, going.get());
        }
        return new Outcome(State.STARTED, null);
    }

    private String runEndpoint(String sourceId) {
        SourceDefinition source = sources.require(sourceId);
        return runEndpoint(source).orElseThrow(() -> new WatchedContinuously(source));
    }

    private Optional<String> runEndpoint(SourceDefinition source) {
        SourceKind kind = kinds.get(source.kind());
        return kind == null ? Optional.empty() : kind.runEndpoint(source);
    }
}
