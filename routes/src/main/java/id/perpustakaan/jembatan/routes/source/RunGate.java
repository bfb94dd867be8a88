package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time per source, whoever starts it: the route templates pass every run through {@link #enter} and
 * {@link #leave}; a librarian's run-now goes through {@link #runNow}, which owns the run before it is sent, so a
 * scheduled tick that comes in between finds the source busy rather than the other way round.
 */
public final class RunGate {

    /** Exchange property: this exchange owns its source's run and ends it. */
    public static final String OWNS_RUN = "JembatanOwnsRun";

    private static final Logger log = LoggerFactory.getLogger(RunGate.class);

    private final SourceRuns runs;

    public RunGate(SourceRuns runs) {
        this.runs = runs;
    }

    /** Starts the run, or stops the exchange when one of the same source is going. */
    public void enter(Exchange exchange) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        if (exchange.getProperty(OWNS_RUN, false, Boolean.class)) {
            return;
        }
        if (runs.begin(sourceId)) {
            exchange.setProperty(OWNS_RUN, true);
            return;
        }
        log.info("source '{}': run skipped, the run started at {} is still going", sourceId,
                runs.runningSince(sourceId).map(Object::toString).orElse("a moment ago"));
        exchange.setRouteStop(true);
    }

    /** Ends the run this exchange owns, however it ended. */
    public void leave(Exchange exchange) {
        if (exchange.getProperty(OWNS_RUN, false, Boolean.class)) {
            runs.finished(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
        }
    }

    /**
     * Starts a run of the source on {@code endpoint} and returns at once (a website may take minutes).
     *
     * @return empty when started; else when the run that is still going started
     */
    public Optional<Instant> runNow(String sourceId, String endpoint, ProducerTemplate producer) {
        while (!runs.begin(sourceId)) {
            Optional<Instant> going = runs.runningSince(sourceId);
            if (going.isPresent()) {
                return going;
            }
            // it ended between the two looks: try again
        }
        try {
            producer.asyncSend(endpoint, exchange -> {
                exchange.setProperty(ExchangeFacts.SOURCE_ID, sourceId);
                exchange.setProperty(OWNS_RUN, true);
            });
        } catch (RuntimeException e) {
            runs.finished(sourceId);
            throw e;
        }
        return Optional.empty();
    }
}
