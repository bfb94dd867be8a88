package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    /** The last second of 31 January 2027 in WIB, as the validity step writes a day's deadline. */
    private static final Instant END_OF_31_JANUARY = Instant.parse("2027-01-31T16:59:59Z");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void countsCalendarDaysInWibNotHoursNorUtcDays() {
        // 4 December 2026, 10:00 WIB
        Deadline deadline = Deadline.of(END_OF_31_JANUARY, at("2026-12-04T03:00:00Z"));

        assertThat(deadline.day()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(deadline.daysLeft()).isEqualTo(58);
        assertThat(deadline.expired()).isFalse();
        // 23:30 WIB on 4 December is still 4 December in Sawahlunto (while it is 16:30 UTC)
        assertThat(Deadline.of(END_OF_31_JANUARY, at("2026-12-04T16:30:00Z")).daysLeft()).isEqualTo(58);
        // 00:30 WIB on 5 December is already the next day there (while UTC still says 4 December)
        assertThat(Deadline.of(END_OF_31_JANUARY, at("2026-12-04T17:30:00Z")).daysLeft()).isEqualTo(57);
    }

    @Test
    void theLastDayCountsZeroAndThePassedMomentIsExpired() {
        Deadline lastDay = Deadline.of(END_OF_31_JANUARY, at("2027-01-31T02:00:00Z"));
        assertThat(lastDay.daysLeft()).isZero();
        assertThat(lastDay.expired()).isFalse();

        Deadline passed = Deadline.of(END_OF_31_JANUARY, at("2027-02-02T02:00:00Z"));
        assertThat(passed.daysLeft()).isEqualTo(-2);
        assertThat(passed.expired()).isTrue();
    }

    @Test
    void aDeadlineWithAnHourExpiresAtThatHourOnItsDay() {
        // "paling lambat 31 Januari 2027 pukul 12.00 WIB"
        Deadline deadline = Deadline.of(Instant.parse("2027-01-31T05:00:00Z"), at("2027-01-31T06:00:00Z"));

        assertThat(deadline.daysLeft()).isZero();
        assertThat(deadline.expired()).isTrue();
    }

    @Test
    void aDocumentWithoutAnEndHasNoDeadline() {
        assertThat(Deadline.of(null, at("2026-12-04T03:00:00Z"))).isNull();
    }
}
