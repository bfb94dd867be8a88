package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.nio.file.Path;

/**
 * A shared folder an agency drops files into. Processed files move to {@code .done/}, rejected ones to
 * {@code .failed/} beside a {@code .reason} text; both are hidden from the next poll by their leading dot.
 */
public final class FolderSource {

    public static final String KIND = "folder";
    public static final String CONNECTOR = "folder";
    public static final String DONE_DIR = ".done";
    public static final String FAILED_DIR = ".failed";

    /** The name of the {@link QuietFiles} bean every folder endpoint refers to. */
    public static final String QUIET_FILES = "jembatanQuietFiles";

    /**
     * Office lock files, browser and rsync partial downloads, editor swap files: never a finished document.
     * Dot-files are skipped by the file component itself, and sidecars ({@link Sidecar}) are read with their file.
     * Other kinds that take files (SFTP outboxes, Windows shares) skip the same names.
     */
    public static final String TEMPORARY_FILES =
            "(?i)(~\\$.*|~.*|.*~|.*\\.(tmp|temp|part|partial|crdownload|download|swp|lock))";

    private FolderSource() {
    }

    /**
     * Whether a file of this name in an inbox is taken as a document: not hidden, not a temporary file, not a
     * sidecar. Files written into an inbox by Jembatan itself (uploads) must have such a name.
     */
    public static boolean taken(String name) {
        return !name.startsWith(".") && !name.matches(TEMPORARY_FILES) && !name.matches("(?i)(" + Sidecar.NAMES + ")");
    }

    public static Path inbox(SourceDefinition source) {
        return Path.of(source.location()).toAbsolutePath().normalize();
    }

    /**
     * The Camel file endpoint for a folder source. It takes a file once {@link QuietFiles} finds it quiet, and
     * moves nothing itself ({@code noop}): {@link FolderDisposition} moves the file when its exchange completes,
     * i.e. after Kafka acknowledged its document (or its dead letter); a crash before that leaves it in the inbox.
     * Not idempotent, because a file still in the inbox after its exchange was not done with and is tried again.
     */
    public static String endpointUri(SourceDefinition source) {
        return "file:" + inbox(source)
                + "?autoCreate=true"
                + "&noop=true"
                + "&idempotent=false"
                + "&filter=#" + QUIET_FILES
                + "&exclusiveReadLockStrategy=#" + QUIET_FILES
                + "&exclude=(" + TEMPORARY_FILES + "|(?i)(" + Sidecar.NAMES + "))"
                + "&" + source.schedulingOptions()
                // a poll that found files polls again at once; the workers' queue paces it
                + "&greedy=true"
                + "&maxMessagesPerPoll=100"
                + "&sortBy=file:modified";
    }
}
