package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.normalise.RowLocators;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sources whose tables are records, each with its mapping, read once at start: a mapping that cannot work stops
 * the start with the source's name, instead of refusing every file the agency drops.
 */
public final class RecordSources {

    private final Map<String, RecordMapping> mappings = new HashMap<>();

    public RecordSources(SourceCatalog sources) {
        sources.all().forEach(source -> RecordMapping.of(source).ifPresent(mapping -> mappings.put(source.id(),
                mapping)));
    }

    public Optional<RecordMapping> of(String sourceId) {
        return Optional.ofNullable(mappings.get(sourceId));
    }

    /** Whether the content is a table of records to take row by row (and not already one of its rows). */
    public boolean covers(RawContent raw) {
        RecordMapping mapping = mappings.get(raw.sourceId());
        return mapping != null && !RowLocators.isRow(raw.locator()) && mapping.covers(raw.fileName());
    }
}
