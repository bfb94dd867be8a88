package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRunner;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sources dashboard: each source with its latest run and what waits for review, and running one at once. */
public class SourceBoard {

    /**
     * @param runnable whether a run can be started (feeds and websites; folders are watched continuously)
     */
    public record Row(SourceDefinition source, SourceRuns.Run lastRun, InboxSearch.Waiting waiting,
                      boolean runnable) {
    }

    private final SourceCatalog sources;
    private final SourceRuns runs;
    private final SourceRunner runner;
    private final InboxSearch inbox;
    private final Map<String, SourceKind> kinds;

    public SourceBoard(SourceCatalog sources, SourceRuns runs, SourceRunner runner, InboxSearch inbox,
                       List<SourceKind> kinds) {
        this.sources = sources;
        this.runs = runs;
        this.runner = runner;
        this.inbox = inbox;
        this.kinds = kinds.stream().collect(Collectors.toMap(SourceKind::name, Function.identity()));
    }

    public List<Row> rows() throws IOException {
        Map<String, InboxSearch.Waiting> waiting = inbox.waitingBySource();
        return sources.all().stream().map(source -> new Row(source, runs.of(source.id()).orElse(null),
                waiting.getOrDefault(source.id(), new InboxSearch.Waiting(0, null)),
                runEndpoint(source).isPresent())).toList();
    }

    /**
     * Starts a run, here or on the instance that harvests the source, and returns at once: a website may take
     * minutes.
     */
    public SourceRunner.Outcome run(String sourceId) {
        SourceDefinition source = sources.require(sourceId);
        if (runEndpoint(source).isEmpty()) {
            throw new ReviewRefusedException("source '" + sourceId + "' is a " + source.kind() + " source, watched"
                    + " continuously: files are picked up within " + source.schedule().toSeconds()
                    + " s of being dropped");
        }
        return runner.runNow(sourceId);
    }

    /** "4 Desember 2026 pukul 20.15 WIB" / "4 December 2026, 20:15 WIB": the library's time, as its readers write it. */
    public static String wibTime(Instant instant, Locale locale) {
        String pattern = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage())
                ? "d MMMM yyyy 'pukul' HH.mm 'WIB'" : "d MMMM yyyy, HH:mm 'WIB'";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(LibraryTime.ZONE).format(instant);
    }

    private Optional<String> runEndpoint(SourceDefinition source) {
        SourceKind kind = kinds.get(source.kind());
        return kind == null ? Optional.empty() : kind.runEndpoint();
    }
}
