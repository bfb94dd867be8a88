package id.perpustakaan.jembatan.indexer.analytics;

import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps search analytics only as long as the library said ({@code jembatan.search.analytics-retention}): shortly
 * after the start and then every six hours, the months whose newest event is older than that are deleted. Every
 * instance may run it; deleting an index twice is harmless.
 */
public class AnalyticsRetention implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRetention.class);
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration EVERY = Duration.ofHours(6);

    private final IndexSetup indices;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "analytics-retention");
        thread.setDaemon(true);
        return thread;
    });

    public AnalyticsRetention(IndexSetup indices, Duration retention, Clock clock) {
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("jembatan.search.analytics-retention is " + retention
                    + ": keep the analytics at least a day (e.g. 400d), or switch them off with"
                    + " jembatan.search.analytics=false");
        }
        this.indices = indices;
        this.retention = retention;
        this.clock = clock;
    }

    public void start() {
        schedule.scheduleWithFixedDelay(this::runQuietly, FIRST.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** Deletes what is past the retention now; the indices deleted. */
    public List<String> run() throws Exception {
        List<String> retired = indices.retireAnalytics(clock.instant().minus(retention));
        if (!retired.isEmpty()) {
            log.info("search analytics older than {} days deleted: {}", retention.toDays(), retired);
        }
        return retired;
    }

    private void runQuietly() {
        try {
            run();
        } catch (Exception e) {
            // tried again at the next round; the analytics themselves are unaffected
            log.warn("search analytics past their retention could not be deleted now: {}", e.toString());
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
