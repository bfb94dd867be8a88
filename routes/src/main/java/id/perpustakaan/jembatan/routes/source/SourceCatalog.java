package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.model.SourceDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The validated sources this instance harvests, by id. */
public final class SourceCatalog {

    private final Map<String, SourceDefinition> byId = new LinkedHashMap<>();

    public SourceCatalog(List<SourceDefinition> sources) {
        sources.forEach(source -> byId.put(source.id(), source));
    }

    public List<SourceDefinition> all() {
        return List.copyOf(byId.values());
    }

    public SourceDefinition require(String id) {
        SourceDefinition source = byId.get(id);
        if (source == null) {
            throw new IllegalStateException("no source '" + id + "' is configured (known: " + byId.keySet() + ")");
        }
        return source;
    }
}
