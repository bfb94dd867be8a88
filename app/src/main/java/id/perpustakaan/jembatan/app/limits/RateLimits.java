package id.perpustakaan.jembatan.app.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One token bucket per client (an address, an upload token) for one kind of request: {@code perMinute} requests a
 * minute, up to a sixth of them at once. The buckets live in a bounded cache and are forgotten after ten idle
 * minutes, so a flood of addresses costs bounded memory (a forgotten client starts again with a full bucket, which a
 * flood cannot exploit: each address still gets only its own allowance).
 */
public final class RateLimits {

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** @param perMinute 0 or less: no limit */
    public RateLimits(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one request from the client's allowance: empty when allowed, else the seconds until it may ask again. */
    public OptionalLong take(String client) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(Math.max(1, perMinute / 6))
                        .refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
