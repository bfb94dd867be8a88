package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.mirror.MirrorSources;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Folder sources: a {@code path} that must be a writable directory (created when missing) for a drop folder; a
 * mirrored folder ({@code mode: mirror}) is only read.
 */
public class FolderKind implements SourceKind {

    @Override
    public String name() {
        return FolderSource.KIND;
    }

    @Override
    public String template(SourceDefinition source) {
        return MirrorSources.mirrored(source) ? FolderMirrorRouteTemplate.TEMPLATE : name();
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>(MirrorSources.check(source, index));
        if (source.location() == null || source.location().isBlank()) {
            problems.add(SourceSettings.problem(source.id(), index, "path", "is missing",
                    "set the folder the agency drops files into, e.g. 'data/inbox/" + source.agency().code() + "'"));
            return problems;
        }
        if (MirrorSources.mirrored(source)) {
            // only read, and never created: a mirror created empty where a share is not mounted would withdraw all
            return problems;
        }
        Path inbox = FolderSource.inbox(source);
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            problems.add(SourceSettings.problem(source.id(), index, "path", "'" + inbox + "' cannot be created ("
                    + e.getMessage() + ")", "point it at a directory this user can write"));
            return problems;
        }
        if (!Files.isWritable(inbox)) {
            problems.add(SourceSettings.problem(source.id(), index, "path", "'" + inbox + "' is not writable",
                    "let this user write there: processed files move to .done/ and .failed/ inside it"));
        }
        return problems;
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return MirrorSources.mirrored(source)
                ? Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions())
                : Map.of("sourceId", source.id(), "uri", FolderSource.endpointUri(source));
    }
}
