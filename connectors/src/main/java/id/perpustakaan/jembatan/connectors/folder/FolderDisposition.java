package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.spi.Synchronization;

/**
 * Decides where a dropped file goes once its exchange is done. A rejected file (its dead letter already
 * acknowledged by Kafka) moves to {@code .failed/} with a {@code .reason} text beside it; an accepted one to
 * {@code .done/}. A failed exchange (Kafka unreachable, disk error) moves nothing: the file is tried again.
 *
 * <p>Runs before the file component's own commit, which reads {@link FolderSource#MOVE_TO}.
 */
public final class FolderDisposition implements Synchronization, Ordered {

    private final Path inbox;
    private final String fileName;
    private final Clock clock;

    private FolderDisposition(Path inbox, String fileName, Clock clock) {
        this.inbox = inbox;
        this.fileName = fileName;
        this.clock = clock;
    }

    /** Marks the exchange's file for {@code .done/} and registers the decision for when the exchange completes. */
    public static void attach(Exchange exchange, Path inbox, String fileName, Clock clock) {
        exchange.setProperty(FolderSource.MOVE_TO, FolderSource.DONE_DIR);
        exchange.getExchangeExtension().addOnCompletion(new FolderDisposition(inbox, fileName, clock));
    }

    @Override
    public void onComplete(Exchange exchange) {
        ContentRejectedException rejection = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                ContentRejectedException.class);
        if (rejection == null) {
            return;
        }
        Path failed = inbox.resolve(FolderSource.FAILED_DIR);
        try {
            Files.createDirectories(failed);
            String reason = rejection.getMessage() + System.lineSeparator()
                    + "stage: " + rejection.stage() + System.lineSeparator()
                    + "at: " + clock.instant() + System.lineSeparator();
            Files.writeString(failed.resolve(fileName + ".reason"), reason, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reason for " + fileName + " in " + failed, e);
        }
        exchange.setProperty(FolderSource.MOVE_TO, FolderSource.FAILED_DIR);
    }

    @Override
    public void onFailure(Exchange exchange) {
        // the file stays in the inbox and is picked up again on a later poll
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST;
    }
}
