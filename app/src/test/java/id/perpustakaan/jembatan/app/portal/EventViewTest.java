package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How an event's registration reads: a day's deadline without its hour, an hour's with it, a passed one closed. */
class EventViewTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** Friday 4 December 2026, 10.00 WIB. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneOffset.UTC);

    private static EventView withDeadline(String deadline, String url) {
        return EventView.of(new Event(wib("2026-12-12T09:00"), null, false, EventPlace.named("Aula"), "Disdik", url,
                deadline == null ? null : wib(deadline), null, false), INDONESIAN, CLOCK);
    }

    private static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    @Test
    void aDeadlineAtTheEndOfADayNamesTheDayAndOneWithinADayItsHour() {
        EventView lastMinute = withDeadline("2026-12-10T23:59:59", "https://s.id/daftar");
        assertThat(lastMinute.registrationDeadline()).isEqualTo("Kamis, 10 Desember 2026");
        assertThat(lastMinute.deadlineWholeDay()).isTrue();

        EventView nextMidnight = withDeadline("2026-12-11T00:00", null);
        assertThat(nextMidnight.registrationDeadline()).as("the day that ends at that midnight")
                .isEqualTo("Kamis, 10 Desember 2026");
        assertThat(nextMidnight.deadlineWholeDay()).isTrue();

        EventView noon = withDeadline("2026-12-10T12:00", null);
        assertThat(noon.registrationDeadline()).isEqualTo("Kamis, 10 Desember 2026, 12.00 WIB");
        assertThat(noon.deadlineWholeDay()).isFalse();
    }

    @Test
    void aPassedDeadlineClosesTheRegistrationAndItsLinkIsNoLongerOffered() {
        EventView closed = withDeadline("2026-12-04T09:59", "https://s.id/daftar");

        assertThat(closed.registrationClosed()).isTrue();
        assertThat(closed.isRegistrationOpen()).isFalse();
        assertThat(withDeadline("2026-12-04T10:01", "https://s.id/daftar").isRegistrationOpen()).isTrue();
    }

    @Test
    void onlyAWebAddressBecomesARegistrationLink() {
        EventView script = withDeadline(null, "javascript:alert(1)");

        assertThat(script.registrationHref()).isNull();
        assertThat(script.hasRegistration()).isFalse();
        assertThat(withDeadline(null, "https://forms.example.org/daftar").registrationHost())
                .isEqualTo("forms.example.org");
    }

    @Test
    void anEventWithoutAPlaceOrAnOrganiserHasNeither() {
        EventView bare = EventView.of(new Event(wib("2026-12-12T09:00"), null, true, null, " ", null, null, null,
                false), Locale.ENGLISH, CLOCK);

        assertThat(bare.hasPlace()).isFalse();
        assertThat(bare.organiser()).isNull();
        assertThat(bare.when()).isEqualTo("Saturday, 12 December 2026");
        assertThat(bare.startIso()).isEqualTo("2026-12-12");
        assertThat(bare.over()).isFalse();
    }
}
