package id.perpustakaan.jembatan.connectors.upload;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agency's upload inbox: an inbox of the folder pipeline that Jembatan itself writes into, so an upload takes the
 * same way as a dropped file and keeps its guarantees (it leaves the inbox only once Kafka has its document or its
 * dead letter, and a crash or a Kafka outage leaves it there to be taken again). The sidecar is written first, the
 * file last, under a temporary name in a hidden folder and then renamed into the inbox, so that the pipeline never
 * sees half a file or a file without its facts.
 */
public final class UploadInbox {

    /** Where uploads are written before they are renamed into the inbox; hidden from its listing by the dot. */
    public static final String STAGING_DIR = ".uploading";

    /** Where an upload stands on the inbox's disk. */
    public enum Stage {
        /** Still in the inbox: waiting to be taken, or being processed (also while Kafka is away). */
        QUEUED,
        /** Refused by the pipeline; the reason says why. */
        REFUSED,
        /** Kafka acknowledged its document: what follows is for the indices to say. */
        HANDED_OVER,
        /** No upload of that key is on this disk. */
        UNKNOWN
    }

    /** @param reason the pipeline's reason for a refused upload, else null */
    public record Place(Stage stage, String fileName, String reason) {
    }

    private final Path inbox;

    public UploadInbox(Path inbox) {
        this.inbox = inbox;
    }

    public Path path() {
        return inbox;
    }

    /** The file of this key still in the inbox, if any. */
    public Optional<Path> pending(String key) throws IOException {
        return filesOf(inbox, key).stream().findFirst();
    }

    /**
     * Writes an upload into the inbox: its sidecar (or none, removing an earlier one), then the file. An earlier
     * refusal of the same key is cleared, since this upload answers it.
     *
     * @param fileName its name in the inbox ({@link UploadNames#fileName})
     */
    public void put(String fileName, Optional<byte[]> sidecar, InputStream content) throws IOException {
        String key = UploadNames.keyOf(fileName);
        Path staging = Files.createDirectories(inbox.resolve(STAGING_DIR));
        Path file = Files.createTempFile(staging, "upload-", ".part");
        Path sidecarFile = inbox.resolve(UploadMetadata.sidecarName(fileName));
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            clearRefusals(key);
            if (sidecar.isPresent()) {
                Path staged = Files.write(Files.createTempFile(staging, "sidecar-", ".part"), sidecar.get());
                Files.move(staged, sidecarFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(sidecarFile);
            }
            // a rename within the inbox's file system: the listing sees the whole file or none
            Files.move(file, inbox.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(sidecarFile);
            throw e;
        }
    }

    /** Where the upload of this key is: in the inbox, refused, or handed over to Kafka. */
    public Place find(String key) throws IOException {
        Optional<Path> pending = pending(key);
        if (pending.isPresent()) {
            return new Place(Stage.QUEUED, name(pending.get()), null);
        }
        Path failed = inbox.resolve(FolderSource.FAILED_DIR);
        for (Path refused : filesOf(failed, key)) {
            Path reason = failed.resolve(name(refused) + InboxNames.REASON_SUFFIX);
            String text = Files.isRegularFile(reason)
                    ? Files.readString(reason, StandardCharsets.UTF_8).lines().findFirst().orElse("") : "";
            return new Place(Stage.REFUSED, name(refused), text);
        }
        for (Path done : filesOf(inbox.resolve(FolderSource.DONE_DIR), key)) {
            return new Place(Stage.HANDED_OVER, name(done), null);
        }
        return new Place(Stage.UNKNOWN, null, null);
    }

    private void clearRefusals(String key) throws IOException {
        Path failed = inbox.resolve(FolderSource.FAILED_DIR);
        for (Path refused : filesOf(failed, key)) {
            Files.deleteIfExists(failed.resolve(name(refused) + InboxNames.REASON_SUFFIX));
            Files.deleteIfExists(failed.resolve(UploadMetadata.sidecarName(name(refused))));
            Files.deleteIfExists(refused);
        }
    }

    /** The uploaded files of a key in a folder: {@code <key>.<extension>}, without sidecars and reasons. */
    private static List<Path> filesOf(Path folder, String key) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        // keys hold no glob characters (UploadNames.key)
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, key + ".*")) {
            for (Path entry : entries) {
                String name = name(entry);
                if (FolderSource.taken(name) && !name.endsWith(InboxNames.REASON_SUFFIX)
                        && UploadNames.keyOf(name).equals(key) && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        return files;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
