package id.perpustakaan.jembatan.connectors.upload;

import java.nio.file.Path;

/**
 * An agency's upload API as a source: its uploads are written into an inbox of its own ({@link UploadInbox}), which
 * the folder pipeline watches. An agency accepts uploads only when the sources file has such a source for it.
 */
public final class UploadSource {

    public static final String KIND = "upload";

    private UploadSource() {
    }

    /** The inbox of an agency's uploads when its source sets no {@code path}: one folder per agency. */
    public static Path defaultInbox(Path uploadsRoot, String agencyCode) {
        return uploadsRoot.resolve(agencyCode).toAbsolutePath().normalize();
    }
}
