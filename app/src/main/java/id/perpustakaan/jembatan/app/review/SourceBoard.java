package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.RunGate;
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
import org.apache.camel.ProducerTemplate;

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
    private final RunGate gate;
    private final InboxSearch inbox;
    private final Map<String, SourceKind> kinds;
    private final ProducerTemplate producer;

    public SourceBoard(SourceCatalog sources, SourceRuns runs, RunGate gate, InboxSearch inbox, List<SourceKind> kinds,
                       ProducerTemplate producer) {
        this.sources = sources;
        this.runs = runs;
        this.gate = gate;
        this.inbox = inbox;
        this.kinds = kinds.stream().collect(Collectors.toMap(SourceKind::name, Function.identity()));
        this.producer = producer;
    }

    public List<Row> rows() throws IOException {
        Map<String, InboxSearch.Waiting> waiting = inbox.waitingBySource();
        return sources.all().stream().map(source -> new Row(source, runs.of(source.id()).orElse(null),
                waiting.getOrDefault(source.id(), new InboxSearch.Waiting(0, null)),
                runEndpoint(source).isPresent())).toList();
    }

    /**
     * Starts a run and returns at once: a website may take minutes.
     *
     * @return empty when started; when a run of the source is still going, when it started (nothing is started)
     */
    public Optional<Instant> run(String sourceId) {
        SourceDefinition source = sources.require(sourceId);
        String endpoint = runEndpoint(source).orElseThrow(() -> new ReviewRefusedException("source '" + sourceId
                + "' is a " + source.kind() + " source, watched continuously: files are picked up within "
                + source.schedule().toSeconds() + " s of being dropped"));
        return gate.runNow(sourceId, endpoint, producer);
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
