package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sidecars of a file dropped in an inbox: its own ({@code laporan.pdf.meta.yml} beside it), which travels with
 * it to {@code .done/} or {@code .failed/}, and its folder's ({@code _jembatan.yml} in the inbox), which stays.
 */
public final class FolderSidecars {

    private FolderSidecars() {
    }

    /** The file's own sidecar, if there is one. */
    public static Optional<Path> own(Path file) {
        for (String suffix : Sidecar.SUFFIXES) {
            Path sidecar = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(sidecar)) {
                return Optional.of(sidecar);
            }
        }
        return Optional.empty();
    }

    /**
     * What a file's sidecars declare, its own over its folder's; {@code null} when it has none.
     *
     * @param own the file's own sidecar, from {@link #own}
     * @throws ContentRejectedException when a sidecar is broken, naming it and the line
     */
    public static DeclaredFacts declared(Path inbox, Optional<Path> own) {
        DeclaredFacts folder = read(inbox.resolve(Sidecar.FOLDER_FILE));
        DeclaredFacts file = own.map(FolderSidecars::read).orElse(null);
        return Sidecar.over(file, folder);
    }

    private static DeclaredFacts read(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        try {
            if (Files.size(sidecar) > Sidecar.MAX_BYTES) {
                return Sidecar.read(sidecar.getFileName().toString(), new byte[Sidecar.MAX_BYTES + 1]);
            }
            return Sidecar.read(sidecar.getFileName().toString(), Files.readAllBytes(sidecar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
