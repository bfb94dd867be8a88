package id.perpustakaan.jembatan.routes.source;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
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

    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);

    private final RunGate gate;
    private final ProducerTemplate camel;
    private final Function<String, Optional<String>> runEndpoints;
    private final Predicate<String> harvestsHere;
    private final Producer<String, String> requests;
    private final String topic;

    /**
     * @param runEndpoints the endpoint that runs a source at once, by source id; empty for sources watched
     *                     continuously
     * @param harvestsHere whether this instance harvests a source now, by id ({@link HarvestShares#harvests})
     * @param requests     writes run requests to the harvest topic, acknowledged by all replicas
     */
    public SourceRunner(RunGate gate, ProducerTemplate camel, Function<String, Optional<String>> runEndpoints,
                        Predicate<String> harvestsHere, Producer<String, String> requests, String topic) {
        this.gate = gate;
        this.camel = camel;
        this.runEndpoints = runEndpoints;
        this.harvestsHere = harvestsHere;
        this.requests = requests;
        this.topic = topic;
    }

    /** Runs the source here or hands the run to the instance that harvests it; returns once either is sure. */
    public Outcome runNow(String sourceId) {
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
        String endpoint = runEndpoints.apply(sourceId).orElseThrow(() -> new IllegalStateException(
                "source '" + sourceId + "' is watched continuously, it has no runs"));
        Optional<Instant> going = gate.runNow(sourceId, endpoint, camel);
        if (going.isPresent()) {
            log.info("source '{}': run asked while the run started at {} is still going", sourceId, going.get());
            return new Outcome(State.RUNNING, going.get());
        }
        return new Outcome(State.STARTED, null);
    }
}
