package id.perpustakaan.jembatan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private final RestartBackoff backoff = new RestartBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(1));

    @Test
    void doublesFromTheFirstDelayUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(backoff::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void staysAtTheCapForAnyNumberOfAttempts() {
        assertThat(backoff.delay(64)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aNodeThatDiesSoonAfterARestartBacksOffFurther() {
        assertThat(backoff.attemptAfterExit(0, Duration.ofSeconds(5))).isEqualTo(1);
        assertThat(backoff.attemptAfterExit(3, Duration.ofSeconds(20))).isEqualTo(4);
    }

    @Test
    void aNodeThatRanForAWhileStartsAgainFromTheFirstDelay() {
        assertThat(backoff.attemptAfterExit(5, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(backoff.attemptAfterExit(5, Duration.ofHours(3))).isEqualTo(1);
    }

    @Test
    void refusesDelaysThatCannotBackOff() {
        assertThatThrownBy(() -> new RestartBackoff(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessageContaining("0 < first");
        assertThatThrownBy(() -> new RestartBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1),
                Duration.ofMinutes(1))).hasMessageContaining("<= cap");
        assertThatThrownBy(() -> backoff.delay(0)).hasMessageContaining("from 1");
    }
}
