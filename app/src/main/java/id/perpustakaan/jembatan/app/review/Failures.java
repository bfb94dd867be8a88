package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.failures.FailureSearch;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import java.io.IOException;
import java.util.List;

/**
 * The dead letters of the harvest and the projections, grouped by source, newest first within each, each with the
 * librarian's dismissal when one set it aside: from the failures index, a projection of the dead-letter topic, so
 * the page costs one request however many failures are kept. A failure or a dismissal shows there a second or two
 * after it is written. How often the same refusal happened again is this instance's count.
 */
public class Failures {

    /**
     * @param sourceId {@code null} groups failures no source is named for (e.g. the indexer's)
     * @param total    how many the source has kept, of which {@code letters} are the newest
     */
    public record Group(String sourceId, long total, List<Row> letters) {
    }

    /**
     * @param dismissal {@code null} while the failure still asks for action
     * @param repeated  how often the same refusal happened again since (not written again), and when last;
     *                  {@code null} when it did not
     */
    public record Row(DeadLetter letter, FailureDismissal dismissal, RepeatedRefusals.Tally repeated) {
    }

    private final FailureSearch search;
    private final RepeatedRefusals repeats;

    public Failures(FailureSearch search, RepeatedRefusals repeats) {
        this.search = search;
        this.repeats = repeats;
    }

    /** @param perSource at most this many of each source, up to {@link FailureSearch#MAX_PER_SOURCE} */
    public List<Group> bySource(int perSource) throws IOException {
        return search.bySource(perSource).stream()
                .map(group -> new Group(group.sourceId(), group.total(), group.entries().stream()
                        .map(entry -> new Row(entry.letter(), entry.dismissal(),
                                repeats.of(entry.letter()).orElse(null)))
                        .toList()))
                .toList();
    }
}
