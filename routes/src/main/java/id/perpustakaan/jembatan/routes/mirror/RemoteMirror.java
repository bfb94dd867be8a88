package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a look at a mirrored folder on an agency's server ({@code mode: mirror} of a Windows share or an SFTP
 * outbox), as {@code FolderMirror} takes them on a local disk: sign in and list the folder, plan against the harvest
 * memory, copy each file to take to this machine with what its sidecars declare, and name the documents whose file is
 * gone. The folder is the agency's published set and is only read: nothing is moved or written on the server, so an
 * account that may only read will do. One connection carries the whole look, one request at a time.
 */
public class RemoteMirror {

    /** How a kind reaches its server. */
    public interface Connector {

        /** The connector named in a document's provenance ({@code smb}, {@code sftp}). */
        String name();

        /** Connects and signs in to the source's folder. */
        RemoteTree open(SourceDefinition source) throws Exception;

        /** Why the source's folder could not be reached or listed, for a librarian, saying what to do. */
        String reason(Throwable failure, SourceDefinition source);
    }

    /** Exchange property: the look's connection, closed when the look ends. */
    static final String TREE = "JembatanMirrorTree";

    private static final Logger LOG = LoggerFactory.getLogger(RemoteMirror.class);
    private static final String NOTHING_DONE = "; nothing was taken or withdrawn";

    private final SourceCatalog sources;
    private final KnownRevisions revisions;
    private final MirrorMemory memory;
    private final long maxBytes;
    private final Clock clock;

    public RemoteMirror(SourceCatalog sources, KnownRevisions revisions, MirrorMemory memory, long maxBytes,
                        Clock clock) {
        this.sources = sources;
        this.revisions = revisions;
        this.memory = memory;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Body: the files to take now; the plan and the connection go with the exchange. */
    public void look(Exchange exchange, Connector connector) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        SourceDefinition source = sources.require(sourceId);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        // what the documents topic knows decides what is new and what is gone; waited for before signing in
        revisions.awaitLoaded();
        RemoteTree tree;
        try {
            tree = connector.open(source);
        } catch (Exception e) {
            throw new ContentRejectedException("connect", connector.reason(e, source) + NOTHING_DONE);
        }
        exchange.setProperty(TREE, tree);
        List<MirrorEntry> listed;
        try {
            listed = RemoteListing.of(tree, PrintableText.of(source.location()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContentRejectedException refused) {
                throw refused;
            }
            throw new ContentRejectedException("fetch", connector.reason(e, source) + NOTHING_DONE);
        }
        MirrorPlan plan = memory.look(sourceId, listed, revisions.placesOf(sourceId),
                entry -> sha256(tree, entry.locator()), MirrorSources.MAX_TAKES_PER_LOOK,
                MirrorSources.maxWithdrawalPercent(source));
        exchange.setProperty(MirrorPlan.PROPERTY, plan);
        exchange.getMessage().setBody(plan.takes());
    }

    /**
     * Body: one file to take, copied to this machine, as content with what its sidecars declare; or null when it
     * changed while it was read (taken once it is quiet again).
     */
    public void content(Exchange exchange, Connector connector) throws IOException {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        RemoteTree tree = exchange.getProperty(TREE, RemoteTree.class);
        MirrorPlan.Take take = exchange.getMessage().getBody(MirrorPlan.Take.class);
        MirrorEntry entry = take.entry();
        String locator = entry.locator();
        int slash = locator.lastIndexOf('/');
        String fileName = locator.substring(slash + 1);
        exchange.setProperty(ExchangeFacts.LOCATOR, locator);
        exchange.setProperty(ExchangeFacts.FILE_NAME, fileName);
        memory.whenHandled(exchange, sourceId, entry);
        // refused from the listing: nothing is downloaded for that
        DroppedFile.sizeProblem(entry.size(), maxBytes).ifPresent(reason -> {
            throw new ContentRejectedException("fetch", reason);
        });
        // a local copy in the temporary directory of this machine, so that normalisation reads it as often as it
        // needs without the server; removed when its exchange is done
        Path copy = Files.createTempFile("jembatan-mirror-", ".copy");
        deleteWhenDone(exchange, copy);
        long copied = copy(tree, locator, copy);
        if (copied > maxBytes) {
            throw new ContentRejectedException("fetch", DroppedFile.grewPastLimit(maxBytes));
        }
        if (copied != entry.size()) {
            LOG.info("source '{}': {} changed while it was read; it is taken once it is quiet again", sourceId,
                    PrintableText.of(locator));
            exchange.getMessage().setBody(null);
            return;
        }
        String sha256;
        try (InputStream in = Files.newInputStream(copy)) {
            sha256 = Sha256.of(in);
        }
        exchange.setProperty(ExchangeFacts.SHA256, sha256);
        RawContent raw = new RawContent(sourceId, locator, fileName, URLConnection.guessContentTypeFromName(fileName),
                copied, sha256, null, clock.instant(), entry.modified(), null, connector.name(),
                () -> Files.newInputStream(copy));
        RemoteSidecars.Folder folder = tree.folder(slash < 0 ? "" : locator.substring(0, slash));
        raw = raw.withDeclared(RemoteSidecars.declared(folder, RemoteSidecars.own(folder, fileName)));
        exchange.getMessage().setBody(take.movedFrom() == null ? raw : raw.movedFrom(take.movedFrom()));
    }

    /** Ends the look's connection, however the look ended. */
    public void close(Exchange exchange) {
        RemoteTree tree = exchange.getProperty(TREE, RemoteTree.class);
        if (tree != null) {
            tree.close();
        }
    }

    /** At most one byte past the limit of the file, into {@code copy}; the bytes copied. */
    private long copy(RemoteTree tree, String locator, Path copy) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (InputStream in = tree.open(locator); OutputStream out = Files.newOutputStream(copy)) {
            for (int read = in.read(buffer); read >= 0 && copied <= maxBytes; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                copied += read;
            }
        }
        return copied;
    }

    /** Reads a file to recognise it moved; empty when it cannot be read now (compared again at a later look). */
    private static Optional<String> sha256(RemoteTree tree, String locator) {
        try (InputStream in = tree.open(locator)) {
            return Optional.of(Sha256.of(in));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {} to compare it with a gone document: {}", PrintableText.of(locator),
                    PrintableText.of(e.toString()));
            return Optional.empty();
        }
    }

    private static void deleteWhenDone(Exchange exchange, Path copy) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.debug("cannot remove the local copy {}: {}", copy, e.toString());
                }
            }
        });
    }
}
