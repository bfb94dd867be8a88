package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.SourceRun;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each source harvested here did lately: when its run started and ended, how many items were new, changed,
 * unchanged or failed, and the last error. The runs that changed are written to the runs topic
 * ({@link RunsJournal}), so librarians see them whichever instance they ask and after a restart; a source first
 * touched here since the start goes on from its last run there ({@link RunHistory}).
 */
public final class SourceRuns {

    private static final Logger log = LoggerFactory.getLogger(SourceRuns.class);

    private final Map<String, SourceRun> runs = new ConcurrentHashMap<>();
    /** When each run in progress started: one run at a time per source. */
    private final Map<String, Instant> running = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final RunHistory history;

    /** Knows no runs before its own. */
    public SourceRuns(Clock clock) {
        this(clock, sourceId -> Optional.empty());
    }

    public SourceRuns(Clock clock, RunHistory history) {
        this.clock = clock;
        this.history = history;
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
        SourceRun previous = runs.containsKey(sourceId) ? null : last(sourceId).orElse(null);
        runs.compute(sourceId, (id, run) -> SourceRun.begin(id, now, run != null ? run : previous));
        changed.add(sourceId);
        return true;
    }

    /** When the source's run in progress started; empty when none is going. */
    public Optional<Instant> runningSince(String sourceId) {
        return Optional.ofNullable(running.get(sourceId));
    }

    public void finished(String sourceId) {
        running.remove(sourceId);
        runs.computeIfPresent(sourceId, (id, run) -> run.finishedAt(clock.instant()));
        changed.add(sourceId);
    }

    public void item(String sourceId, SourceRun.Outcome outcome) {
        update(sourceId, run -> run.count(outcome));
    }

    public void failed(String sourceId, String reason) {
        update(sourceId, run -> run.failed(reason, clock.instant()));
    }

    /** The source's address answered with these validators in a run that took all it offered. */
    public void answered(String sourceId, SourceRun.Validators validators) {
        update(sourceId, run -> run.answered(validators));
    }

    public Optional<SourceRun> of(String sourceId) {
        return Optional.ofNullable(runs.get(sourceId));
    }

    /** The runs changed since the last call, each once, as they are now. */
    public List<SourceRun> drainChanged() {
        List<SourceRun> drained = new ArrayList<>();
        for (String sourceId : List.copyOf(changed)) {
            changed.remove(sourceId);
            of(sourceId).ifPresent(drained::add);
        }
        return drained;
    }

    /** A run that could not be written is written with the next ones. */
    public void changedAgain(String sourceId) {
        changed.add(sourceId);
    }

    private void update(String sourceId, UnaryOperator<SourceRun> change) {
        // sources watched continuously (folders) have no runs: their items count into one that never ends, and
        // goes on after a restart
        SourceRun continued = null;
        if (!runs.containsKey(sourceId)) {
            Optional<SourceRun> last = last(sourceId);
            continued = last.filter(run -> run.finished() == null)
                    .orElseGet(() -> SourceRun.begin(sourceId, clock.instant(), last.orElse(null)));
        }
        SourceRun base = continued;
        runs.compute(sourceId, (id, run) -> change.apply(run != null ? run : base));
        changed.add(sourceId);
    }

    private Optional<SourceRun> last(String sourceId) {
        try {
            return history.last(sourceId);
        } catch (Exception e) {
            log.info("source '{}': its last run cannot be read ({}); counting from zero", sourceId, e.toString());
            return Optional.empty();
        }
    }
}
