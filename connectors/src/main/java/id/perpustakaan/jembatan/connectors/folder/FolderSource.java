package id.perpustakaan.jembatan.connectors.folder;

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

    /** Exchange property holding the folder a file moves to when its exchange completes. */
    public static final String MOVE_TO = "JembatanMoveTo";

    /**
     * Office lock files, browser and rsync partial downloads, editor swap files: never a finished document.
     * Dot-files are skipped by the file component itself.
     */
    static final String TEMPORARY_FILES = "(?i)(~\\$.*|~.*|.*~|.*\\.(tmp|temp|part|partial|crdownload|download|swp|lock))";

    private FolderSource() {
    }

    public static Path inbox(SourceDefinition source) {
        return Path.of(source.location()).toAbsolutePath().normalize();
    }

    /**
     * The Camel file endpoint for a folder source. The file moves only when its exchange completes, i.e. after
     * Kafka acknowledged its document (or its dead letter); a crash before that leaves it in the inbox.
     *
     * @param readLockCheckMillis how long a file's size and time must stay unchanged before it is read, so that a
     *                            file still being copied is not picked up half-written
     */
    public static String endpointUri(SourceDefinition source, long readLockCheckMillis) {
        return "file:" + inbox(source)
                + "?autoCreate=true"
                + "&readLock=changed"
                + "&readLockCheckInterval=" + readLockCheckMillis
                + "&readLockMinAge=" + readLockCheckMillis
                // an empty file is read (and refused with a reason) instead of blocking the poll until timeout
                + "&readLockMinLength=0"
                + "&readLockTimeout=" + Math.max(10 * readLockCheckMillis, 10_000)
                + "&readLockLoggingLevel=DEBUG"
                + "&exclude=" + TEMPORARY_FILES
                + "&move=${exchangeProperty." + MOVE_TO + "}/${file:name}"
                + "&" + source.schedulingOptions()
                + "&maxMessagesPerPoll=50"
                + "&sortBy=file:modified";
    }
}
