package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** Turns a file found in a source's inbox into {@link RawContent}, refusing what is empty or over the size limit. */
public final class DroppedFile {

    private final long maxBytes;
    private final Clock clock;

    public DroppedFile(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * @param relativePath the file's path relative to the inbox: the locator, stable across re-drops
     */
    public RawContent read(String sourceId, Path file, String relativePath) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ContentRejectedException("fetch", "empty file (0 bytes)");
            }
            if (size > maxBytes) {
                throw new ContentRejectedException("fetch", "too large: " + megabytes(size)
                        + " exceeds the limit of " + megabytes(maxBytes) + " (jembatan.harvest.max-file-size)");
            }
            String sha256;
            try (InputStream in = Files.newInputStream(file)) {
                sha256 = Sha256.of(in);
            }
            String fileName = file.getFileName().toString();
            return new RawContent(sourceId, relativePath.replace('\\', '/'), fileName,
                    URLConnection.guessContentTypeFromName(fileName), size, sha256, null, clock.instant(),
                    Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()), null, FolderSource.CONNECTOR,
                    () -> Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
