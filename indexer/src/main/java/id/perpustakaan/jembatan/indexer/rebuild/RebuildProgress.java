package id.perpustakaan.jembatan.indexer.rebuild;

import id.perpustakaan.jembatan.indexer.index.IndexKind;
import java.time.Instant;

/**
 * Where a rebuild of one index stands: replaying the topics into a new index while the old one keeps answering,
 * then switching the alias.
 *
 * @param reason   why it runs: asked for by a user, or a newer template in resources
 * @param replayed records read from the topics so far
 * @param total    records on the topics when the replay started (compaction may make the replay read fewer)
 * @param error    why it failed; the alias then still points at the old index
 */
public record RebuildProgress(IndexKind index, State state, String reason, String fromIndex, String toIndex,
                              long replayed, long total, Instant startedAt, Instant finishedAt, String error) {

    public enum State { REPLAYING, SWITCHED, FAILED }

    RebuildProgress replayed(long count) {
        return new RebuildProgress(index, state, reason, fromIndex, toIndex, count, total, startedAt, finishedAt, error);
    }

    RebuildProgress withTotal(long records) {
        return new RebuildProgress(index, state, reason, fromIndex, toIndex, replayed, records, startedAt, finishedAt,
                error);
    }

    RebuildProgress switched(Instant at) {
        return new RebuildProgress(index, State.SWITCHED, reason, fromIndex, toIndex, replayed, total, startedAt, at,
                null);
    }

    RebuildProgress failed(String why, Instant at) {
        return new RebuildProgress(index, State.FAILED, reason, fromIndex, toIndex, replayed, total, startedAt, at, why);
    }

    public boolean running() {
        return state == State.REPLAYING;
    }
}
