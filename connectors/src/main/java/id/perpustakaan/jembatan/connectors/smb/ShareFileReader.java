package id.perpustakaan.jembatan.connectors.smb;

import com.hierynomus.mserref.NtStatus;
import com.hierynomus.mssmb2.SMBApiException;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file listed on a share into {@link RawContent}: refuses what is empty or over the size limit from the
 * listing alone (nothing is downloaded for that), else copies it to a local file once, so that normalisation reads
 * it as often as it needs without the share, and a file cannot change under it half-way.
 */
public final class ShareFileReader {

    private final long maxBytes;
    private final Clock clock;

    public ShareFileReader(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Why the listed file is refused without being read; the same reasons as a dropped file's. */
    public Optional<ContentRejectedException> refusal(ShareEntry entry) {
        if (entry.size() == 0) {
            return Optional.of(new ContentRejectedException("fetch", "empty file (0 bytes)"));
        }
        if (entry.size() > maxBytes) {
            return Optional.of(new ContentRejectedException("fetch", "too large: " + megabytes(entry.size())
                    + " exceeds the limit of " + megabytes(maxBytes) + " (jembatan.harvest.max-file-size)"));
        }
        return Optional.empty();
    }

    /**
     * Copies the file into {@code copy}.
     *
     * @return empty when the file is no longer as listed (written to since, or held open for writing by the
     *         agency's program): it is taken once it is quiet again
     */
    public Optional<RawContent> read(String sourceId, ShareSession share, ShareEntry entry, Path copy)
            throws IOException {
        long copied;
        try {
            copied = share.copy(entry.name(), copy);
        } catch (SMBApiException e) {
            if (e.getStatus() == NtStatus.STATUS_SHARING_VIOLATION
                    || e.getStatus() == NtStatus.STATUS_OBJECT_NAME_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        if (copied != entry.size()) {
            return Optional.empty();
        }
        String sha256;
        try (InputStream in = Files.newInputStream(copy)) {
            sha256 = Sha256.of(in);
        }
        return Optional.of(new RawContent(sourceId, entry.name(), entry.name(),
                URLConnection.guessContentTypeFromName(entry.name()), copied, sha256, null, clock.instant(),
                entry.lastWrite(), null, SmbSource.CONNECTOR, () -> Files.newInputStream(copy)));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
