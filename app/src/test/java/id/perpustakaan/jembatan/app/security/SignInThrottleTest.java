package id.perpustakaan.jembatan.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SteppedClock clock = new SteppedClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInProperties(5, Duration.ofSeconds(2), Duration.ofMinutes(15)), clock);

    @Test
    void fiveFailuresAreFreeThenEachDoublesTheWait() {
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.failed("siti", "10.0.0.1")).isEqualTo(i);
            assertThat(throttle.blocked("siti", "10.0.0.1")).isEmpty();
        }
        throttle.failed("siti", "10.0.0.1");
        assertThat(throttle.blocked("siti", "10.0.0.1")).contains(Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.blocked("siti", "10.0.0.1")).isEmpty();
        throttle.failed("siti", "10.0.0.1");
        assertThat(throttle.blocked("siti", "10.0.0.1")).contains(Duration.ofSeconds(4));
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("siti", "10.0.0.1");
        }
        assertThat(throttle.blocked("siti", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void anAccountIsBlockedFromEveryAddressAndAnAddressForEveryAccount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("siti", "10.0.0.1");
        }
        assertThat(throttle.blocked("siti", "10.9.9.9")).as("the same account elsewhere").isPresent();
        assertThat(throttle.blocked("budi", "10.0.0.1")).as("another account from the guessing address").isPresent();
        assertThat(throttle.blocked("budi", "10.9.9.9")).isEmpty();

        for (int i = 0; i < 6; i++) {
            throttle.failed("tebakan-" + i, "10.0.0.2");
        }
        assertThat(throttle.blocked("budi", "10.0.0.2")).as("many names tried from one address").isPresent();
    }

    @Test
    void aSuccessOrAnAdministratorLiftsTheBlock() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("siti", "10.0.0.1");
        }
        assertThat(throttle.blocks()).extracting(SignInThrottle.Block::kind, SignInThrottle.Block::name)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("account", "siti"),
                        org.assertj.core.groups.Tuple.tuple("address", "10.0.0.1"));

        assertThat(throttle.unlock("siti")).isTrue();
        assertThat(throttle.unlock("siti")).isFalse();
        assertThat(throttle.blocked("siti", "10.9.9.9")).isEmpty();

        throttle.succeeded("siti", "10.0.0.1");
        assertThat(throttle.blocked("siti", "10.0.0.1")).isEmpty();
        assertThat(throttle.blocks()).isEmpty();
    }

    /** Time that moves only when the test says so. */
    private static final class SteppedClock extends Clock {

        private Instant now = Instant.parse("2026-12-04T03:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
