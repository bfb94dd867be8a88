package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.PrintableText;
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
import java.util.Optional;

/** Turns a file found in a source's inbox into {@link RawContent}, refusing what is empty or over the size limit. */
public final class DroppedFile {

    private final long maxBytes;
    private final Clock clock;

    public DroppedFile(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * @param relativePath the file's path relative to the inbox: the locator, stable across re-drops (a backslash
     *                     in it is part of a name, as Linux allows, not a separator)
     */
    public RawContent read(String sourceId, Path file, String relativePath) {
        try {
            long size = Files.size(file);
            sizeProblem(size, maxBytes).ifPresent(reason -> {
                throw new ContentRejectedException("fetch", reason);
            });
            String sha256;
            try (InputStream in = Files.newInputStream(file)) {
                sha256 = Sha256.of(in);
            }
            String fileName = file.getFileName().toString();
            return new RawContent(sourceId, relativePath, fileName,
                    URLConnection.guessContentTypeFromName(fileName), size, sha256, null, clock.instant(),
                    Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()), null, FolderSource.CONNECTOR,
                    () -> Files.newInputStream(file));
        } catch (IOException e) {
            // not chained: the cause's message holds the name unescaped, and stack traces print it
            throw new UncheckedIOException(new IOException("cannot read " + PrintableText.of(file.toString())
                    + ": " + PrintableText.of(e.toString())));
        }
    }

    /**
     * Why a file of this size is refused (empty, or over the limit), as a reason for the agency; empty when it is
     * taken. The same for every kind that takes files.
     */
    public static Optional<String> sizeProblem(long size, long maxBytes) {
        if (size == 0) {
            return Optional.of("empty file (0 bytes)");
        }
        if (size > maxBytes) {
            return Optional.of("too large: " + megabytes(size) + " exceeds the limit of " + megabytes(maxBytes)
                    + " (jembatan.harvest.max-file-size)");
        }
        return Optional.empty();
    }

    /** Why a file that grew past the size limit while it was read is refused, for every kind that reads files. */
    public static String grewPastLimit(long maxBytes) {
        return "too large: it grew past the limit of " + maxBytes / 1_048_576
                + " MB (jembatan.harvest.max-file-size) while it was read";
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
