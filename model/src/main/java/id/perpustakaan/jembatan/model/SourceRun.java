package id.perpustakaan.jembatan.model;

import java.time.Instant;

/**
 * What a source's latest run did, for librarians, whichever instance harvests the source: written to the runs topic
 * (compacted, keyed by source) and read from its projection.
 *
 * @param finished    {@code null} while the run is going; sources watched continuously (folders) have one run that
 *                    never ends, counting every file since it began
 * @param lastError   the latest failure's reason, kept across runs until another failure replaces it
 * @param address     what the source's address (a feed) answered in the last run that took all it offered, kept
 *                    across runs, so that whichever instance runs the source next asks only what changed since
 */
public record SourceRun(String sourceId, Instant started, Instant finished, int added, int changed, int unchanged,
                        int failed, String lastError, Instant lastErrorAt, Validators address) {

    /** What a source's items can turn out to be. */
    public enum Outcome { NEW, CHANGED, UNCHANGED, FAILED }

    /** An HTTP answer's validators, for a conditional request. */
    public record Validators(String etag, Instant lastModified) {
    }

    /** A run beginning now, keeping the previous run's last error and validators. */
    public static SourceRun begin(String sourceId, Instant now, SourceRun previous) {
        return previous == null ? new SourceRun(sourceId, now, null, 0, 0, 0, 0, null, null, null)
                : new SourceRun(sourceId, now, null, 0, 0, 0, 0, previous.lastError, previous.lastErrorAt,
                        previous.address);
    }

    public SourceRun count(Outcome outcome) {
        return new SourceRun(sourceId, started, finished, added + (outcome == Outcome.NEW ? 1 : 0),
                changed + (outcome == Outcome.CHANGED ? 1 : 0), unchanged + (outcome == Outcome.UNCHANGED ? 1 : 0),
                failed + (outcome == Outcome.FAILED ? 1 : 0), lastError, lastErrorAt, address);
    }

    public SourceRun failed(String reason, Instant at) {
        SourceRun counted = count(Outcome.FAILED);
        return new SourceRun(sourceId, started, finished, counted.added, counted.changed, counted.unchanged,
                counted.failed, reason, at, address);
    }

    public SourceRun finishedAt(Instant at) {
        return new SourceRun(sourceId, started, at, added, changed, unchanged, failed, lastError, lastErrorAt,
                address);
    }

    public SourceRun answered(Validators validators) {
        return new SourceRun(sourceId, started, finished, added, changed, unchanged, failed, lastError, lastErrorAt,
                validators);
    }
}
