package id.perpustakaan.jembatan.app.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * {@code jembatan.search}: how long Elasticsearch took to answer a citizen's search, by the door it came through
 * ({@code channel=api} for {@code /api/search}, {@code page} for the public search page). A percentile histogram,
 * so that p50/p95 can be computed across instances (histogram_quantile) rather than averaged.
 */
public final class SearchTiming {

    private SearchTiming() {
    }

    public static Timer timer(MeterRegistry meters, String channel) {
        return Timer.builder("jembatan.search")
                .description("Elasticsearch queries of the public search")
                .tag("channel", channel)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters);
    }
}
