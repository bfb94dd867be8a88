package id.perpustakaan.jembatan.routes.archive;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content-addressed store of originals: the bytes an agency published, under their sha256, so the public can
 * download exactly that file. Writing the same content twice stores it once.
 */
public class OriginalArchive {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public OriginalArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Stores the raw content's bytes unless already present; refuses bytes that do not match the claimed hash. */
    public Path store(RawContent raw) throws IOException {
        Path target = pathOf(raw.sha256());
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), raw.sha256(), ".part");
        try {
            try (InputStream in = raw.body().open()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            String written;
            try (InputStream in = Files.newInputStream(temporary)) {
                written = Sha256.of(in);
            }
            if (!written.equals(raw.sha256())) {
                throw new IOException("the content of " + raw.locator() + " changed while it was archived"
                        + " (expected sha256 " + raw.sha256() + ", read " + written + ")");
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The archived original, if this archive holds it. Anything that is not a sha256 finds nothing. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        // two levels of fan-out keep directories small with hundreds of thousands of originals
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
