package id.perpustakaan.jembatan.routes.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.model.SourceRun.Outcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs counted here go on from the last run wherever it was, and each change is written once. */
class SourceRunsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final Instant YESTERDAY = NOW.minusSeconds(86_400);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final SourceRun.Validators FEED_ANSWERED = new SourceRun.Validators("\"v7\"", YESTERDAY);

    /**
     * Before the restart: the folder's run (never finished) had taken 40 files; the feed's run failed once, and its
     * feed had answered with validators.
     */
    private final Map<String, SourceRun> before = Map.of(
            "disdik-inbox", new SourceRun("disdik-inbox", YESTERDAY, null, 40, 2, 5, 1, null, null, null),
            "disdik-feed", new SourceRun("disdik-feed", YESTERDAY, YESTERDAY.plusSeconds(30), 1, 0, 9, 1,
                    "not a feed", YESTERDAY.plusSeconds(20), FEED_ANSWERED));
    private final SourceRuns runs = new SourceRuns(CLOCK, sourceId -> Optional.ofNullable(before.get(sourceId)));

    @Test
    void aFolderGoesOnCountingFromItsRunBeforeTheRestart() {
        runs.item("disdik-inbox", Outcome.NEW);

        assertThat(runs.of("disdik-inbox")).contains(
                new SourceRun("disdik-inbox", YESTERDAY, null, 41, 2, 5, 1, null, null, null));
    }

    @Test
    void aNewRunStartsFromZeroKeepingTheLastErrorAndWhatTheFeedAnswered() {
        assertThat(runs.begin("disdik-feed")).isTrue();
        runs.item("disdik-feed", Outcome.UNCHANGED);

        assertThat(runs.of("disdik-feed")).contains(
                new SourceRun("disdik-feed", NOW, null, 0, 0, 1, 0, "not a feed", YESTERDAY.plusSeconds(20),
                        FEED_ANSWERED));
        runs.finished("disdik-feed");
        assertThat(runs.of("disdik-feed").orElseThrow().finished()).isEqualTo(NOW);
    }

    @Test
    void aSourceThatNeverRanAndAFinishedRunStartAFreshCount() {
        runs.item("dinsos-inbox", Outcome.CHANGED);
        runs.failed("disdik-feed", "feed answered 404");

        assertThat(runs.of("dinsos-inbox"))
                .contains(new SourceRun("dinsos-inbox", NOW, null, 0, 1, 0, 0, null, null, null));
        assertThat(runs.of("disdik-feed")).contains(
                new SourceRun("disdik-feed", NOW, null, 0, 0, 0, 1, "feed answered 404", NOW, FEED_ANSWERED));
    }

    @Test
    void whenTheLastRunCannotBeReadTheCountStartsFromZero() {
        SourceRuns blind = new SourceRuns(CLOCK, sourceId -> {
            throw new IOException("connection refused");
        });

        blind.item("disdik-inbox", Outcome.NEW);

        assertThat(blind.of("disdik-inbox"))
                .contains(new SourceRun("disdik-inbox", NOW, null, 1, 0, 0, 0, null, null, null));
    }

    @Test
    void eachChangedRunIsDrainedOnceAsItIsNow() {
        runs.item("disdik-inbox", Outcome.NEW);
        runs.item("disdik-inbox", Outcome.NEW);
        runs.begin("disdik-feed");

        assertThat(runs.drainChanged()).extracting(SourceRun::sourceId, SourceRun::added)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("disdik-inbox", 42),
                        org.assertj.core.groups.Tuple.tuple("disdik-feed", 0));
        assertThat(runs.drainChanged()).isEmpty();
        runs.changedAgain("disdik-feed");
        assertThat(runs.drainChanged()).extracting(SourceRun::sourceId).containsExactly("disdik-feed");
    }
}
