package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.SourceRun;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the runs that changed to the runs topic, keyed by source, every few seconds rather than at each item: a
 * folder taking a hundred files a second changes its run a hundred times a second, and librarians need the sum.
 * What could not be written is written with the next ones; the last changes are written when the instance stops.
 */
public final class RunsJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunsJournal.class);

    private final SourceRuns runs;
    private final Producer<String, String> producer;
    private final String topic;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "runs-journal");
        thread.setDaemon(true);
        return thread;
    });

    public RunsJournal(SourceRuns runs, Producer<String, String> producer, String topic, Duration every) {
        this.runs = runs;
        this.producer = producer;
        this.topic = topic;
        this.every = every;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::write, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the runs changed since the last call; returns without waiting for Kafka's answers. */
    void write() {
        for (SourceRun run : runs.drainChanged()) {
            String json;
            try {
                json = JembatanJson.mapper().writeValueAsString(run);
            } catch (Exception e) {
                log.error("source '{}': its run cannot be written as JSON: {}", run.sourceId(), e.toString());
                continue;
            }
            try {
                producer.send(new ProducerRecord<>(topic, run.sourceId(), json), (metadata, failure) -> {
                    if (failure != null) {
                        log.warn("source '{}': its run could not be written to {} ({}); trying again with the next",
                                run.sourceId(), topic, failure.toString());
                        runs.changedAgain(run.sourceId());
                    }
                });
            } catch (RuntimeException e) {
                log.warn("source '{}': its run could not be written to {} ({}); trying again with the next",
                        run.sourceId(), topic, e.toString());
                runs.changedAgain(run.sourceId());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        write();
        producer.flush();
    }
}
