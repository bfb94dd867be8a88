package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.PrintableText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.spi.Synchronization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a dropped file once its exchange is done. A rejected file (its dead letter already acknowledged by Kafka)
 * goes to {@code .failed/} beside a {@code .reason} text, an accepted one to {@code .done/}. The move is final only
 * when everything it needs was written: a reason that cannot be written (a full disk) leaves the file in its inbox,
 * to be tried again, never in {@code .done/}. A failed exchange (Kafka unreachable) moves nothing either. The
 * file's own sidecar ({@link FolderSidecars}) follows it, so that a refused file can be put back with its facts.
 *
 * <p>Moves the file itself rather than through the file component's {@code move} option, which cannot say whether
 * the reason was written and loses names with a backslash or that are not valid UTF-8.
 */
public final class FolderDisposition implements Synchronization, Ordered {

    /** Writes a reason file; a seam, so that tests can fill the disk. */
    @FunctionalInterface
    public interface ReasonWriter {
        void write(Path reason, String text) throws IOException;
    }

    public static final ReasonWriter FILE_SYSTEM = (reason, text) ->
            Files.writeString(reason, text, StandardCharsets.UTF_8);

    private static final Logger LOG = LoggerFactory.getLogger(FolderDisposition.class);

    private final String sourceId;
    private final Path inbox;
    private final Path file;
    /** The file's own sidecar: it follows the file. */
    private final Optional<Path> sidecar;
    private final ReasonWriter reasons;
    private final Clock clock;

    /**
     * @param file the dropped file as it is on disk (see {@link InboxNames#onDisk})
     */
    public FolderDisposition(String sourceId, Path inbox, Path file, Optional<Path> sidecar, ReasonWriter reasons,
                             Clock clock) {
        this.sourceId = sourceId;
        this.inbox = inbox;
        this.file = file;
        this.sidecar = sidecar;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** Registers the move for when the exchange completes, before the file component releases the file. */
    public void attachTo(Exchange exchange) {
        exchange.getExchangeExtension().addOnCompletion(this);
    }

    @Override
    public void onComplete(Exchange exchange) {
        ContentRejectedException rejection = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                ContentRejectedException.class);
        if (rejection == null) {
            moveTo(inbox.resolve(FolderSource.DONE_DIR), file.getFileName().toString(), null);
        } else {
            refuse(rejection);
        }
    }

    private void refuse(ContentRejectedException rejection) {
        Path failed = inbox.resolve(FolderSource.FAILED_DIR);
        String name = InboxNames.failedName(file);
        Path reason = failed.resolve(name + InboxNames.REASON_SUFFIX);
        try {
            Files.createDirectories(failed);
            reasons.write(reason, reasonText(rejection, clock.instant(), file.getFileName().toString()));
        } catch (IOException e) {
            LOG.warn("source '{}': {} was refused ({}) but its reason cannot be written in {} ({}); it stays in the"
                            + " inbox and is tried again later", sourceId, printable(file.getFileName()),
                    PrintableText.of(rejection.getMessage()), printable(failed), PrintableText.of(e.toString()));
            deleteQuietly(reason);
            return;
        }
        moveTo(failed, name, reason);
    }

    /** @param reason written beside the file: removed again when the file cannot follow it */
    private void moveTo(Path directory, String name, Path reason) {
        try {
            Files.createDirectories(directory);
            // within one folder tree: a rename, so the file is either in the inbox or moved, never half-copied
            Files.move(file, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("source '{}': {} cannot be moved to {} ({}); it stays in the inbox and is tried again later",
                    sourceId, printable(file.getFileName()), printable(directory), PrintableText.of(e.toString()));
            if (reason != null) {
                deleteQuietly(reason);
            }
            return;
        }
        sidecar.ifPresent(own -> follow(own, directory, name));
    }

    /** The sidecar goes where its file went, named after it there; left behind, it is only a warning. */
    private void follow(Path own, Path directory, String name) {
        String suffix = own.getFileName().toString().substring(file.getFileName().toString().length());
        try {
            Files.move(own, directory.resolve(name + suffix), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("source '{}': the sidecar {} cannot follow its file to {} ({}); it stays in the inbox",
                    sourceId, printable(own.getFileName()), printable(directory), PrintableText.of(e.toString()));
        }
    }

    /** What a {@code .reason} file beside a refused file says: why, at which stage, when, and which file. */
    public static String reasonText(ContentRejectedException rejection, Instant at, String fileName) {
        return PrintableText.of(rejection.getMessage()) + System.lineSeparator()
                + "stage: " + rejection.stage() + System.lineSeparator()
                + "at: " + at + System.lineSeparator()
                + "file: " + PrintableText.of(fileName) + System.lineSeparator();
    }

    @Override
    public void onFailure(Exchange exchange) {
        // stands in for the file component's rollback warning, which prints the name unescaped
        LOG.warn("source '{}': {} stays in the inbox and is tried again on a later poll: {}", sourceId,
                printable(file.getFileName()), PrintableText.of(String.valueOf(exchange.getException())));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("cannot remove {}: {}", printable(path), e.toString());
        }
    }

    private static String printable(Path path) {
        return PrintableText.of(path.toString());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST;
    }
}
