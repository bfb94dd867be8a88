package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.SourceDefinition;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.TemplatedRouteDefinition;

/**
 * One route per configured source, created from the route template of the source's kind. The templates' routes do
 * not start with Camel: {@link HarvestShares} starts those of the sources this instance harvests.
 */
public class SourceRoutes extends RouteBuilder {

    private final SourceCatalog catalog;
    private final Map<String, SourceKind> kinds;

    public SourceRoutes(SourceCatalog catalog, Map<String, SourceKind> kinds) {
        this.catalog = catalog;
        this.kinds = kinds;
    }

    /** The route id of a source's harvesting route. */
    public static String routeId(String sourceId) {
        return "source-" + sourceId;
    }

    @Override
    public void configure() {
        for (SourceDefinition source : catalog.all()) {
            SourceKind kind = kinds.get(source.kind());
            TemplatedRouteDefinition route = templatedRoute(kind.template(source)).routeId(routeId(source.id()))
                    .group("sources");
            kind.templateParameters(source).forEach(
                    (name, value) -> route.parameter(name, String.valueOf(value)));
        }
    }
}
