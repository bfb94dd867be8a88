package id.perpustakaan.jembatan.connectors.smb;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.model.PrintableText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.spi.Synchronization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a file on an agency's share once its exchange is done, as {@code FolderDisposition} does in a local inbox:
 * an accepted file (its document acknowledged by Kafka) to {@code .done/}, a refused one (its dead letter
 * acknowledged) to {@code .failed/} beside a {@code <name>.reason} text written there first. The move is final only
 * when everything it needs was written: a reason that cannot be written, or a file that cannot be moved, leaves the
 * file where the agency put it, to be taken again later. A failed exchange (Kafka unreachable) moves nothing. The
 * file's own sidecar follows it. The local copy the exchange read goes either way.
 */
public final class ShareDisposition implements Synchronization, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ShareDisposition.class);

    private final String sourceId;
    private final ShareSession share;
    private final String name;
    /** The file's own sidecar, which follows it; null when it has none. */
    private final String sidecar;
    private final Path copy;
    private final ShareSightings sightings;
    private final Clock clock;

    /**
     * @param sidecar the file's own sidecar, which follows it; null when it has none
     * @param copy    where the exchange reads the file's bytes from, removed when it is done; null when none was made
     */
    public ShareDisposition(String sourceId, ShareSession share, String name, String sidecar, Path copy,
                            ShareSightings sightings, Clock clock) {
        this.sourceId = sourceId;
        this.share = share;
        this.name = name;
        this.sidecar = sidecar;
        this.copy = copy;
        this.sightings = sightings;
        this.clock = clock;
    }

    /** Registers the move for when the exchange completes. */
    public void attachTo(Exchange exchange) {
        exchange.getExchangeExtension().addOnCompletion(this);
    }

    @Override
    public void onComplete(Exchange exchange) {
        try {
            ContentRejectedException rejection = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                    ContentRejectedException.class);
            boolean moved = rejection == null ? moveTo(FolderSource.DONE_DIR, name) : refuse(rejection);
            if (moved) {
                sightings.forget(sourceId, name);
            } else {
                sightings.stayed(sourceId, name);
            }
        } finally {
            deleteCopy();
        }
    }

    private boolean refuse(ContentRejectedException rejection) {
        String failedName = InboxNames.failedName(Path.of(name));
        String reason = failedName + InboxNames.REASON_SUFFIX;
        try {
            share.write(FolderSource.FAILED_DIR, reason, PrintableText.of(rejection.getMessage())
                    + System.lineSeparator() + "stage: " + rejection.stage() + System.lineSeparator()
                    + "at: " + clock.instant() + System.lineSeparator()
                    + "file: " + PrintableText.of(name) + System.lineSeparator());
        } catch (RuntimeException e) {
            LOG.warn("source '{}': {} was refused ({}) but its reason cannot be written in {} on {} ({}); it stays"
                            + " on the share and is tried again later", sourceId, PrintableText.of(name),
                    PrintableText.of(rejection.getMessage()), FolderSource.FAILED_DIR, share.address(),
                    PrintableText.of(e.toString()));
            deleteQuietly(reason);
            return false;
        }
        if (!moveTo(FolderSource.FAILED_DIR, failedName)) {
            deleteQuietly(reason);
            return false;
        }
        return true;
    }

    private boolean moveTo(String directory, String newName) {
        try {
            share.move(name, directory, newName);
        } catch (RuntimeException e) {
            LOG.warn("source '{}': {} cannot be moved to {} on {} ({}); it stays on the share and is tried again"
                            + " later", sourceId, PrintableText.of(name), directory, share.address(),
                    PrintableText.of(e.toString()));
            return false;
        }
        if (sidecar != null) {
            try {
                share.move(sidecar, directory, newName + sidecar.substring(name.length()));
            } catch (RuntimeException e) {
                LOG.warn("source '{}': the sidecar {} cannot follow its file to {} on {} ({}); it stays on the share",
                        sourceId, PrintableText.of(sidecar), directory, share.address(), PrintableText.of(e.toString()));
            }
        }
        return true;
    }

    @Override
    public void onFailure(Exchange exchange) {
        try {
            LOG.warn("source '{}': {} stays on the share {} and is tried again on a later run: {}", sourceId,
                    PrintableText.of(name), share.address(), PrintableText.of(String.valueOf(exchange.getException())));
            sightings.forget(sourceId, name);
        } finally {
            deleteCopy();
        }
    }

    private void deleteQuietly(String reason) {
        try {
            share.delete(FolderSource.FAILED_DIR, reason);
        } catch (RuntimeException e) {
            LOG.debug("cannot remove {} from {}: {}", PrintableText.of(reason), share.address(), e.toString());
        }
    }

    private void deleteCopy() {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.debug("cannot remove the local copy {}: {}", copy, e.toString());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST;
    }
}
