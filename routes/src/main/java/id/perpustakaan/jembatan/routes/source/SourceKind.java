package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.SourceDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of source (folder, feed, web…): a route template of the same name, and how a configured source fills
 * its parameters. A new kind is a new package with one of these, never a branch in shared code.
 */
public interface SourceKind {

    /** The value of {@code kind} in the sources file, and the id of the route template. */
    String name();

    /**
     * The source with what this kind fills in when the sources file leaves it out (an upload inbox's place), before
     * it is checked and harvested.
     */
    default SourceDefinition withDefaults(SourceDefinition source) {
        return source;
    }

    /** The route template that harvests this source: the kind's own, unless a mode of it has another. */
    default String template(SourceDefinition source) {
        return name();
    }

    /** Problems with a source of this kind that only this kind can see (a missing path, an unreachable URL…). */
    List<String> check(SourceDefinition source, int index);

    /** The route template's parameters for one configured source. */
    Map<String, Object> templateParameters(SourceDefinition source);

    /**
     * The endpoint that runs one source of this kind at once, given the source id in the
     * {@code JembatanSourceId} exchange property; empty for kinds that watch continuously (folders).
     */
    default Optional<String> runEndpoint() {
        return Optional.empty();
    }

    /** The endpoint that runs this source at once: the kind's, unless a mode of it has another. */
    default Optional<String> runEndpoint(SourceDefinition source) {
        return runEndpoint();
    }
}
