package id.perpustakaan.jembatan.routes.source;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each source's harvesting did lately, for librarians: when it last ran, how many items were new, changed,
 * unchanged or failed in that run, and the last error. Kept in memory: after a restart it fills again with the
 * next runs.
 */
public final class SourceRuns {

    public enum Outcome { NEW, CHANGED, UNCHANGED, FAILED }

    /** One source's latest run. */
    public record Run(Instant started, Instant finished, int added, int changed, int unchanged, int failed,
                      String lastError, Instant lastErrorAt) {

        Run count(Outcome outcome) {
            return new Run(started, finished, added + (outcome == Outcome.NEW ? 1 : 0),
                    changed + (outcome == Outcome.CHANGED ? 1 : 0), unchanged + (outcome == Outcome.UNCHANGED ? 1 : 0),
                    failed + (outcome == Outcome.FAILED ? 1 : 0), lastError, lastErrorAt);
        }
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    /** When each run in progress started: one run at a time per source. */
    private final Map<String, Instant> running = new ConcurrentHashMap<>();
    private final Clock clock;

    public SourceRuns(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a run of the source unless one is going (a scheduled run and a librarian's run-now, say, or two
     * schedules' ticks): two runs of one source would fetch the same pages twice and race on its validators.
     *
     * @return whether this caller now owns the run, and must call {@link #finished}
     */
    public boolean begin(String sourceId) {
        Instant now = clock.instant();
        if (running.putIfAbsent(sourceId, now) != null) {
            return false;
        }
        runs.compute(sourceId, (id, previous) -> new Run(now, null, 0, 0, 0, 0,
                previous == null ? null : previous.lastError(), previous == null ? null : previous.lastErrorAt()));
        return true;
    }

    /** When the source's run in progress started; empty when none is going. */
    public Optional<Instant> runningSince(String sourceId) {
        return Optional.ofNullable(running.get(sourceId));
    }

    public void finished(String sourceId) {
        running.remove(sourceId);
        runs.computeIfPresent(sourceId, (id, run) -> new Run(run.started(), clock.instant(), run.added(),
                run.changed(), run.unchanged(), run.failed(), run.lastError(), run.lastErrorAt()));
    }

    public void item(String sourceId, Outcome outcome) {
        // sources watched continuously (folders) have no runs: their items count into one that never ends
        runs.compute(sourceId, (id, run) -> (run == null ? new Run(clock.instant(), null, 0, 0, 0, 0, null, null)
                : run).count(outcome));
    }

    public void failed(String sourceId, String reason) {
        runs.compute(sourceId, (id, run) -> {
            Run current = run == null ? new Run(clock.instant(), null, 0, 0, 0, 0, null, null) : run;
            Run counted = current.count(Outcome.FAILED);
            return new Run(counted.started(), counted.finished(), counted.added(), counted.changed(),
                    counted.unchanged(), counted.failed(), reason, clock.instant());
        });
    }

    public Optional<Run> of(String sourceId) {
        return Optional.ofNullable(runs.get(sourceId));
    }
}
