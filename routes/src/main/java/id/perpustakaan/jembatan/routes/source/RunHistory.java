package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.SourceRun;
import java.util.Optional;

/** Each source's last run as the runs topic's projection holds it, whichever instance harvested it. */
@FunctionalInterface
public interface RunHistory {

    /** @throws Exception while the projection cannot be asked */
    Optional<SourceRun> last(String sourceId) throws Exception;
}
