package id.perpustakaan.jembatan.routes.archive;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The archive of originals in a folder of this machine: the embedded default, for one instance. */
public class FolderArchive implements OriginalArchive {

    private final Path root;

    public FolderArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void store(RawContent raw) throws IOException {
        Path target = pathOf(raw.sha256());
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), raw.sha256(), ".part");
        try {
            VerifiedCopy.to(raw, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<ArchivedOriginal> find(String sha256) throws IOException {
        if (!ArchiveKeys.isSha256(sha256)) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(new ArchivedOriginal(Files.size(path), () -> Files.newInputStream(path)));
    }

    private Path pathOf(String sha256) {
        return root.resolve(ArchiveKeys.keyOf(sha256));
    }
}
