package id.perpustakaan.jembatan.connectors.sidecar;

import id.perpustakaan.jembatan.model.DeclaredFacts;
import java.io.IOException;
import java.util.Optional;

/**
 * The sidecars of a file in a folder reached over the network (a Windows share, an SFTP outbox), as in a local inbox:
 * its own ({@code laporan.pdf.meta.yml} beside it), which follows it to {@code .done/} or {@code .failed/}, and its
 * folder's ({@code _jembatan.yml}), which stays. Each is read on the connection its file is read on, and never more
 * than one byte past {@link Sidecar#MAX_BYTES}: a larger one is refused, not held in memory. A local inbox has
 * {@code FolderSidecars}, which keeps to paths: a name that is not valid UTF-8 is reached only through them.
 */
public final class RemoteSidecars {

    /** The folder a file was listed in, as the connection that lists it reads it. */
    public interface Folder {

        /** Whether the folder holds a file of that name. */
        boolean exists(String name) throws IOException;

        /** A file of the folder, if it is there: its first {@code max} bytes at most. */
        Optional<byte[]> small(String name, int max) throws IOException;
    }

    private RemoteSidecars() {
    }

    /** The name of the file's own sidecar, if it has one. */
    public static Optional<String> own(Folder folder, String name) throws IOException {
        for (String suffix : Sidecar.SUFFIXES) {
            if (folder.exists(name + suffix)) {
                return Optional.of(name + suffix);
            }
        }
        return Optional.empty();
    }

    /**
     * What the file's sidecars declare, its own over its folder's; {@code null} when it has none.
     *
     * @param own the file's own sidecar, from {@link #own}
     * @throws id.perpustakaan.jembatan.connectors.ContentRejectedException when a sidecar is broken, naming it and
     *         the line
     */
    public static DeclaredFacts declared(Folder folder, Optional<String> own) throws IOException {
        DeclaredFacts shared = read(folder, Sidecar.FOLDER_FILE);
        return Sidecar.over(own.isPresent() ? read(folder, own.get()) : null, shared);
    }

    private static DeclaredFacts read(Folder folder, String name) throws IOException {
        Optional<byte[]> bytes = folder.small(name, Sidecar.MAX_BYTES + 1);
        return bytes.isEmpty() ? null : Sidecar.read(name, bytes.get());
    }
}
