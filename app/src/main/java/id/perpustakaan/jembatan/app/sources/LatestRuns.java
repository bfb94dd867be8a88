package id.perpustakaan.jembatan.app.sources;

import id.perpustakaan.jembatan.model.SourceRun;
import java.io.IOException;
import java.util.Map;

/** Each source's latest run, whichever instance harvested it (the runs index). */
@FunctionalInterface
public interface LatestRuns {

    /** By source id; a source that has not run yet is absent. */
    Map<String, SourceRun> all() throws IOException;
}
