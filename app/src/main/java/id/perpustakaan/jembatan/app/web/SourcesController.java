package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.app.sources.LatestRuns;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.app.review.SourceBoard;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configured sources with their latest run, and running one at once (librarians only). */
@RestController
class SourcesController {

    /** A source as the dashboard shows it. */
    record SourceState(String id, Agency agency, String kind, String location, Duration schedule, String review,
                       SourceRun lastRun) {
    }

    private final SourceCatalog sources;
    private final LatestRuns runs;
    private final SourceRunner runner;
    private final MessageSource messages;

    SourcesController(SourceCatalog sources, LatestRuns runs, SourceRunner runner, MessageSource messages) {
        this.sources = sources;
        this.runs = runs;
        this.runner = runner;
        this.messages = messages;
    }

    @GetMapping("/api/sources")
    List<SourceState> all() throws IOException {
        Map<String, SourceRun> latest = runs.all();
        return sources.all().stream().map(source -> state(source, latest)).toList();
    }

    @GetMapping("/api/sources/{id}")
    SourceState one(@PathVariable String id) throws IOException {
        return state(find(id), runs.all());
    }

    /**
     * 202 when started here or handed to the instance that harvests the source; 409 while a run of the source is
     * going, saying since when (one run at a time).
     */
    @PostMapping("/api/sources/{id}/run")
    ResponseEntity<?> run(@PathVariable String id) {
        find(id);
        // the run goes on after the answer: a site may take minutes; a folder's source has no runs (409)
        SourceRunner.Outcome run = runner.runNow(id);
        if (run.state() == SourceRunner.State.RUNNING) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
                    "review.sources.running", new Object[] {id, SourceBoard.wibTime(run.runningSince(), locale)},
                    locale));
            problem.setTitle(messages.getMessage("review.sources.runningTitle", null, locale));
            problem.setProperty("source", id);
            problem.setProperty("runningSince", run.runningSince());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("source", id,
                "status", run.state() == SourceRunner.State.STARTED ? "started" : "handed-over",
                "state", "/api/sources/" + id));
    }

    private SourceDefinition find(String id) {
        return sources.all().stream().filter(source -> source.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no source '" + id + "'"));
    }

    private static SourceState state(SourceDefinition source, Map<String, SourceRun> latest) {
        return new SourceState(source.id(), source.agency(), source.kind(), source.location(), source.schedule(),
                source.review().name().toLowerCase(Locale.ROOT), latest.get(source.id()));
    }
}
