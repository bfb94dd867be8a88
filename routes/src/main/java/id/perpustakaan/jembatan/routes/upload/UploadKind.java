package id.perpustakaan.jembatan.routes.upload;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.upload.UploadSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.folder.FolderKind;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Upload sources: an agency's uploads through the API, written into an inbox of its own that is then harvested as a
 * folder is. The inbox is {@code <uploads root>/<agency code>} unless the source sets a {@code path}; either must be
 * a writable directory, as a folder's is.
 */
public class UploadKind implements SourceKind {

    private final Path uploadsRoot;
    private final FolderKind folders = new FolderKind();

    /** @param uploadsRoot where agencies' upload inboxes are by default ({@code jembatan.uploads.inboxes}) */
    public UploadKind(Path uploadsRoot) {
        this.uploadsRoot = uploadsRoot;
    }

    @Override
    public String name() {
        return UploadSource.KIND;
    }

    @Override
    public SourceDefinition withDefaults(SourceDefinition source) {
        if (source.location() != null && !source.location().isBlank()) {
            return source;
        }
        return source.withLocation(UploadSource.defaultInbox(uploadsRoot, source.agency().code()).toString());
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        return folders.check(withDefaults(source), index);
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(),
                "uri", FolderSource.endpointUri(withDefaults(source)));
    }
}
