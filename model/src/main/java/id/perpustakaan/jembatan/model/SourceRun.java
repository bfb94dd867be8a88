package id.perpustakaan.jembatan.model;

import java.time.Instant;

/**
 * What a source's latest run did, for librarians, whichever instance harvests the source: written to the runs topic
 * (compacted, keyed by source) and read from its projection.
 *
 * @param finished    {@code null} while the run is going; sources watched continuously (folders) have one run that
 *                    never ends, counting every file since it began
 * @param lastError   the latest failure's reason, kept across runs until another failure replaces it
 */
public record SourceRun(String sourceId, Instant started, Instant finished, int added, int changed, int unchanged,
                        int failed, String lastError, Instant lastErrorAt) {

    /** What a source's items can turn out to be. */
    public enum Outcome { NEW, CHANGED, UNCHANGED, FAILED }

    /** A run beginning now, keeping the previous run's last error. */
    public static SourceRun begin(String sourceId, Instant now, SourceRun previous) {
        return new SourceRun(sourceId, now, null, 0, 0, 0, 0, previous == null ? null : previous.lastError(),
                previous == null ? null : previous.lastErrorAt());
    }

    public SourceRun count(Outcome outcome) {
        return new SourceRun(sourceId, started, finished, added + (outcome == Outcome.NEW ? 1 : 0),
                changed + (outcome == Outcome.CHANGED ? 1 : 0), unchanged + (outcome == Outcome.UNCHANGED ? 1 : 0),
                failed + (outcome == Outcome.FAILED ? 1 : 0), lastError, lastErrorAt);
    }

    public SourceRun failed(String reason, Instant at) {
        SourceRun counted = count(Outcome.FAILED);
        return new SourceRun(sourceId, started, finished, counted.added, counted.changed, counted.unchanged,
                counted.failed, reason, at);
    }

    public SourceRun finishedAt(Instant at) {
        return new SourceRun(sourceId, started, at, added, changed, unchanged, failed, lastError, lastErrorAt);
    }
}
