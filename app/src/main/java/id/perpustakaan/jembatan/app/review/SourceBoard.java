package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.sources.LatestRuns;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRunner;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/** The sources dashboard: each source with its latest run and what waits for review, and running one at once. */
public class SourceBoard {

    /**
     * @param runnable whether a run can be started (feeds and websites; folders are watched continuously)
     */
    public record Row(SourceDefinition source, SourceRun lastRun, InboxSearch.Waiting waiting,
                      boolean runnable) {
    }

    private final SourceCatalog sources;
    private final LatestRuns runs;
    private final SourceRunner runner;
    private final InboxSearch inbox;

    public SourceBoard(SourceCatalog sources, LatestRuns runs, SourceRunner runner, InboxSearch inbox) {
        this.sources = sources;
        this.runs = runs;
        this.runner = runner;
        this.inbox = inbox;
    }

    public List<Row> rows() throws IOException {
        Map<String, InboxSearch.Waiting> waiting = inbox.waitingBySource();
        Map<String, SourceRun> latest = runs.all();
        return sources.all().stream().map(source -> new Row(source, latest.get(source.id()),
                waiting.getOrDefault(source.id(), new InboxSearch.Waiting(0, null)),
                runner.hasRuns(source))).toList();
    }

    /**
     * Starts a run, here or on the instance that harvests the source, and returns at once: a website may take
     * minutes.
     */
    public SourceRunner.Outcome run(String sourceId) {
        SourceDefinition source = sources.require(sourceId);
        try {
            return runner.runNow(sourceId);
        } catch (SourceRunner.WatchedContinuously e) {
            throw new ReviewRefusedException(e.getMessage());
        }
    }

    /** "4 Desember 2026 pukul 20.15 WIB" / "4 December 2026, 20:15 WIB": see {@link ReviewDisplay#wibTime}. */
    public static String wibTime(Instant instant, Locale locale) {
        return ReviewDisplay.wibTime(instant, locale);
    }

    /** Every configured source, for naming them on the pages. */
    public List<SourceDefinition> sources() {
        return sources.all();
    }
}
