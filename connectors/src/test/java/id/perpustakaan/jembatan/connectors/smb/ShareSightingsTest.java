package id.perpustakaan.jembatan.connectors.smb;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.fixtures.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareSightingsTest {

    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Instant WRITTEN = Instant.parse("2025-03-04T01:00:00Z");

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-04T02:00:00Z"));
    private final ShareSightings sightings = new ShareSightings(QUIET, clock);

    @Test
    void takesAFileOnlyOnceItsSizeAndTimeStayedTheSameForTheQuietPeriod() {
        ShareEntry jadwal = new ShareEntry("jadwal.pdf", 1200, WRITTEN);

        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).as("first seen").isEmpty();
        clock.advance(Duration.ofMillis(1900));
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).isEmpty();
        clock.advance(Duration.ofMillis(100));
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).containsExactly(jadwal);
    }

    @Test
    void aFileStillBeingCopiedWaitsUntilItStopsChanging() {
        sightings.quiet("dinsos-share", List.of(new ShareEntry("laporan.xlsx", 4096, WRITTEN)));
        clock.advance(QUIET);
        ShareEntry grown = new ShareEntry("laporan.xlsx", 8192, WRITTEN.plusSeconds(2));

        assertThat(sightings.quiet("dinsos-share", List.of(grown))).isEmpty();
        clock.advance(QUIET);
        assertThat(sightings.quiet("dinsos-share", List.of(grown))).containsExactly(grown);
    }

    @Test
    void aFileThatStayedOnTheShareWaitsLongerEachTimeUpToFiveMinutes() {
        ShareEntry jadwal = new ShareEntry("jadwal.pdf", 1200, WRITTEN);
        sightings.quiet("dinsos-share", List.of(jadwal));
        clock.advance(QUIET);
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).hasSize(1);

        sightings.stayed("dinsos-share", "jadwal.pdf");
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).isEmpty();
        clock.advance(QUIET);
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).hasSize(1);

        for (int i = 0; i < 10; i++) {
            sightings.stayed("dinsos-share", "jadwal.pdf");
        }
        clock.advance(ShareSightings.LONGEST_PAUSE.minusSeconds(1));
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).hasSize(1);
    }

    @Test
    void eachSourceHasItsOwnSightingsAndWhatLeftTheListingIsForgotten() {
        ShareEntry jadwal = new ShareEntry("jadwal.pdf", 1200, WRITTEN);
        sightings.quiet("dinsos-share", List.of(jadwal));
        clock.advance(QUIET);

        assertThat(sightings.quiet("disdik-share", List.of(jadwal))).as("another source's first sighting").isEmpty();
        assertThat(sightings.quiet("dinsos-share", List.of())).isEmpty();
        assertThat(sightings.quiet("dinsos-share", List.of(jadwal))).as("dropped again: seen anew").isEmpty();
    }
}
