package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.routes.archive.OriginalArchive.ArchivedOriginal;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * An archived original as a response body: streamed from wherever the archive keeps it (a folder or a bucket), its
 * length known beforehand, so a download shows its size and a PDF viewer can ask for ranges.
 */
public final class OriginalResource extends AbstractResource {

    private final ArchivedOriginal original;
    private final String sha256;

    public OriginalResource(ArchivedOriginal original, String sha256) {
        this.original = original;
        this.sha256 = sha256;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return original.body().open();
    }

    @Override
    public long contentLength() {
        return original.size();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "archived original " + sha256;
    }
}
