package id.perpustakaan.jembatan.connectors.sftp;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.FolderDisposition;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.model.PrintableText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.GenericFileProcessStrategy;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a file on the server once its exchange is done, as {@link FolderDisposition} does on a disk: an accepted file
 * (its document acknowledged by Kafka) to {@code .done/}, a rejected one (its dead letter acknowledged) to
 * {@code .failed/} beside a {@code <name>.reason} text. The reason is written first, and the move is made only once it
 * is there: a reason that cannot be written leaves the file in the outbox, to be tried again later. A failed exchange
 * (Kafka unreachable) moves nothing, and neither does a crash: the file is taken again, and as its document id comes
 * from the source and the file's name, and its content did not change, it writes nothing twice. The file's own sidecar
 * (named by the intake in {@link #SIDECAR}) follows it, as on a disk.
 *
 * <p>Camel's own {@code move}/{@code moveFailed} options cannot do this: a rejected file's exchange completes (its
 * dead letter was written), so {@code move} would put it in {@code .done/}, while {@code moveFailed} would take a
 * file that Kafka's absence failed out of the outbox. It uses the endpoint's own session, on the poller's thread, and
 * lends it to the intake as an {@link OutboxFolder}, to read the sidecars with.
 */
public final class OutboxDisposition<T> implements GenericFileProcessStrategy<T> {

    /** Exchange property: the name of the file's own sidecar in the outbox, when it has one. */
    public static final String SIDECAR = "JembatanOutboxSidecar";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDisposition.class);

    private final String sourceId;
    private final QuietRemoteFiles<T> quietFiles;
    private final Clock clock;

    public OutboxDisposition(String sourceId, QuietRemoteFiles<T> quietFiles, Clock clock) {
        this.sourceId = sourceId;
        this.quietFiles = quietFiles;
        this.clock = clock;
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint) {
        // nothing is left behind on the server while a file is read
    }

    @Override
    public boolean begin(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint, Exchange exchange,
                         GenericFile<T> file) {
        // the filter took it quiet, in the listing of this very poll
        exchange.setProperty(OutboxFolder.PROPERTY, new OutboxFolder<>(operations, endpoint.getCamelContext(),
                parentOf(file)));
        return true;
    }

    @Override
    public void abort(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint, Exchange exchange,
                      GenericFile<T> file) {
        operations.releaseRetrievedFileResources(exchange);
        quietFiles.forget(file.getAbsoluteFilePath());
    }

    @Override
    public void commit(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint, Exchange exchange,
                       GenericFile<T> file) {
        // the stream it was read from closes before the file moves
        operations.releaseRetrievedFileResources(exchange);
        ContentRejectedException rejection = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                ContentRejectedException.class);
        String outbox = parentOf(file);
        String sidecar = exchange.getProperty(SIDECAR, String.class);
        boolean moved = rejection == null
                ? move(operations, file, sidecar, outbox + FolderSource.DONE_DIR, file.getFileNameOnly())
                : refuse(operations, endpoint, file, sidecar, outbox + FolderSource.FAILED_DIR, rejection);
        if (moved) {
            quietFiles.forget(file.getAbsoluteFilePath());
        } else {
            quietFiles.pause(file.getAbsoluteFilePath());
        }
    }

    @Override
    public void rollback(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint, Exchange exchange,
                         GenericFile<T> file) {
        operations.releaseRetrievedFileResources(exchange);
        quietFiles.forget(file.getAbsoluteFilePath());
        LOG.warn("source '{}': {} stays in the outbox and is tried again on a later poll: {}", sourceId,
                printable(file.getFileNameOnly()), PrintableText.of(String.valueOf(exchange.getException())));
    }

    private boolean refuse(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint, GenericFile<T> file,
                           String sidecar, String failed, ContentRejectedException rejection) {
        String name = InboxNames.failedName(Path.of(file.getFileNameOnly()));
        String reason = failed + "/" + name + InboxNames.REASON_SUFFIX;
        try {
            operations.buildDirectory(failed, failed.startsWith("/"));
            Exchange text = new DefaultExchange(endpoint.getCamelContext());
            text.getMessage().setBody(FolderDisposition.reasonText(rejection, clock.instant(), file.getFileNameOnly())
                    .getBytes(StandardCharsets.UTF_8));
            operations.storeFile(reason, text, -1);
        } catch (GenericFileOperationFailedException e) {
            LOG.warn("source '{}': {} was refused ({}) but its reason cannot be written in {} on the server ({}); it"
                            + " stays in the outbox and is tried again later", sourceId,
                    printable(file.getFileNameOnly()), PrintableText.of(rejection.getMessage()), printable(failed),
                    PrintableText.of(causeOf(e)));
            deleteQuietly(operations, reason);
            return false;
        }
        if (!move(operations, file, sidecar, failed, name)) {
            deleteQuietly(operations, reason);
            return false;
        }
        return true;
    }

    /** @param sidecar the file's own sidecar, which follows it; null when it has none */
    private boolean move(GenericFileOperations<T> operations, GenericFile<T> file, String sidecar, String directory,
                         String name) {
        try {
            operations.buildDirectory(directory, directory.startsWith("/"));
            // within one folder tree on the server: a rename, so the file is either in the outbox or moved
            replace(operations, file.getAbsoluteFilePath(), directory + "/" + name);
        } catch (GenericFileOperationFailedException e) {
            LOG.warn("source '{}': {} cannot be moved to {} on the server ({}); it stays in the outbox and is tried"
                    + " again later", sourceId, printable(file.getFileNameOnly()), printable(directory),
                    PrintableText.of(causeOf(e)));
            return false;
        }
        if (sidecar != null) {
            follow(operations, file, sidecar, directory, name);
        }
        return true;
    }

    /** The sidecar goes where its file went, named after it there; left behind, it is only a warning. */
    private void follow(GenericFileOperations<T> operations, GenericFile<T> file, String sidecar, String directory,
                        String name) {
        String suffix = sidecar.substring(file.getFileNameOnly().length());
        try {
            replace(operations, parentOf(file) + sidecar, directory + "/" + name + suffix);
        } catch (GenericFileOperationFailedException e) {
            LOG.warn("source '{}': the sidecar {} cannot follow its file to {} on the server ({}); it stays in the"
                    + " outbox", sourceId, printable(sidecar), printable(directory), PrintableText.of(causeOf(e)));
        }
    }

    private void replace(GenericFileOperations<T> operations, String from, String to) {
        // SFTP's rename does not replace: an earlier file of the same name, already published, gives way
        if (operations.existsFile(to)) {
            operations.deleteFile(to);
        }
        operations.renameFile(from, to);
    }

    /** The outbox as the endpoint names it, with a trailing '/' unless it is the home folder itself. */
    private static String parentOf(GenericFile<?> file) {
        String path = file.getAbsoluteFilePath();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private void deleteQuietly(GenericFileOperations<T> operations, String path) {
        try {
            if (operations.existsFile(path)) {
                operations.deleteFile(path);
            }
        } catch (GenericFileOperationFailedException e) {
            LOG.debug("source '{}': cannot remove {}: {}", sourceId, printable(path), e.toString());
        }
    }

    private static String causeOf(Exception e) {
        return e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage();
    }

    private static String printable(String text) {
        return PrintableText.of(text);
    }
}
