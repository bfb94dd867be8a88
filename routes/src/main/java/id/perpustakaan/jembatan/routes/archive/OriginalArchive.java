package id.perpustakaan.jembatan.routes.archive;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.util.Optional;

/**
 * Content-addressed store of originals: the bytes an agency published, under their sha256, so the public can
 * download exactly that file and a librarian can normalise it again. Writing the same content twice stores it once.
 * A folder on this machine by default ({@link FolderArchive}); an S3-compatible object store ({@link S3Archive})
 * when several instances must read what any of them harvested.
 */
public interface OriginalArchive {

    /**
     * Stores the raw content's bytes unless already present; refuses bytes that do not match the claimed hash.
     *
     * @throws IOException when the store cannot be written: not the content's fault, so worth trying again
     */
    void store(RawContent raw) throws IOException;

    /** The archived original, if the archive holds it. Anything that is not a sha256 finds nothing. */
    Optional<ArchivedOriginal> find(String sha256) throws IOException;

    /** An original in the archive: its length, and its bytes each time they are opened. */
    record ArchivedOriginal(long size, RawContent.Body body) {
    }
}
