package id.perpustakaan.jembatan.app.sources;

import id.perpustakaan.jembatan.model.InvalidSourcesException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a sources-file mistake into a start-up message without a stack trace. */
class InvalidSourcesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSourcesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSourcesException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the keys named above in the sources file (JEMBATAN_SOURCES_FILE, by default the demo sources"
                        + " in classpath:demo-sources.yml) and start Jembatan again.", cause);
    }
}
