package id.perpustakaan.jembatan.routes.smb;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import id.perpustakaan.jembatan.connectors.smb.ShareAddress;
import id.perpustakaan.jembatan.connectors.smb.ShareDisposition;
import id.perpustakaan.jembatan.connectors.smb.ShareEntry;
import id.perpustakaan.jembatan.connectors.smb.ShareFileReader;
import id.perpustakaan.jembatan.connectors.smb.ShareLogin;
import id.perpustakaan.jembatan.connectors.smb.ShareReasons;
import id.perpustakaan.jembatan.connectors.smb.ShareSession;
import id.perpustakaan.jembatan.connectors.smb.ShareSightings;
import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of an SMB source's run: sign in and list the folder, taking the files that stayed quiet; turn each into
 * content with its disposition on the share; close the connection when the run is over. A share that cannot be
 * read is the run's one refusal, with what to do.
 */
public class SmbHarvest {

    /** Exchange property: the run's connection to the share, closed when the run ends. */
    static final String SHARE = "JembatanSmbShare";

    private static final Logger LOG = LoggerFactory.getLogger(SmbHarvest.class);

    private final SourceCatalog sources;
    private final ShareFileReader reader;
    private final ShareSightings sightings;
    private final long minFreeBytes;
    private final Duration timeout;
    private final Clock clock;
    private final Set<String> fullShares = ConcurrentHashMap.newKeySet();

    /**
     * @param minFreeBytes below this free space on the share nothing is taken: a copy cut short by a full share
     *                     must not be published half
     * @param timeout      how long the server may take to answer one request
     */
    public SmbHarvest(SourceCatalog sources, ShareFileReader reader, ShareSightings sightings, long minFreeBytes,
                       Duration timeout, Clock clock) {
        this.sources = sources;
        this.reader = reader;
        this.sightings = sightings;
        this.minFreeBytes = minFreeBytes;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Body: the files of the folder that may be taken now, oldest first. */
    public void openShare(Exchange exchange) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        SourceDefinition source = sources.require(sourceId);
        ShareAddress address = SmbSource.address(source);
        ShareLogin login = SmbSource.login(source);
        exchange.setProperty(ExchangeFacts.LOCATOR, address.toString());
        try {
            ShareSession share = ShareSession.open(address, login, timeout);
            exchange.setProperty(SHARE, share);
            List<ShareEntry> listed = share.list();
            exchange.getMessage().setBody(hasRoom(sourceId, share) ? sightings.quiet(sourceId, listed) : List.of());
        } catch (IOException | RuntimeException e) {
            throw new ContentRejectedException("fetch", ShareReasons.of(e, address, login));
        }
    }

    private boolean hasRoom(String sourceId, ShareSession share) {
        long free = share.freeSpace();
        if (free >= minFreeBytes) {
            if (fullShares.remove(sourceId)) {
                LOG.info("source '{}': {} has {} MB free again; its files are taken again", sourceId,
                        share.address(), free / 1_048_576);
            }
            return true;
        }
        if (fullShares.add(sourceId)) {
            LOG.warn("source '{}': {} has {} MB free, less than jembatan.harvest.min-free-space ({} MB): its files"
                            + " wait there until space is freed", sourceId, share.address(), free / 1_048_576,
                    minFreeBytes / 1_048_576);
        }
        return false;
    }

    /**
     * Body: one listed file as content for normalisation, or null when it changed since it was listed (taken once
     * it is quiet again). A name that cannot be carried through, or a size refused from the listing, is refused here
     * under the name it gets in {@code .failed/}.
     */
    public void fileContent(Exchange exchange) throws IOException {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        ShareSession share = exchange.getProperty(SHARE, ShareSession.class);
        ShareEntry entry = exchange.getMessage().getBody(ShareEntry.class);
        Path asPath = Path.of(entry.name());
        Optional<String> nameProblem = InboxNames.problem(asPath);
        exchange.setProperty(ExchangeFacts.LOCATOR, nameProblem.isPresent() ? InboxNames.failedName(asPath)
                : entry.name());
        exchange.setProperty(ExchangeFacts.FILE_NAME, entry.name());
        Optional<ContentRejectedException> refusal = nameProblem.map(problem -> new ContentRejectedException("fetch",
                problem)).or(() -> reader.refusal(entry));
        Optional<String> sidecar = RemoteSidecars.own(share, entry.name());
        if (refusal.isPresent()) {
            new ShareDisposition(sourceId, share, entry.name(), sidecar.orElse(null), null, sightings, clock)
                    .attachTo(exchange);
            throw refusal.get();
        }
        // a local copy in the temporary directory of this machine: never shared with another instance, and
        // removed when its exchange is done
        Path copy = Files.createTempFile("jembatan-smb-", ".copy");
        Optional<RawContent> raw;
        try {
            raw = reader.read(sourceId, share, entry, copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        if (raw.isEmpty()) {
            LOG.info("source '{}': {} changed on {} while it was read; it is taken once it is quiet again", sourceId,
                    PrintableText.of(entry.name()), share.address());
            Files.deleteIfExists(copy);
            sightings.forget(sourceId, entry.name());
            exchange.getMessage().setBody(null);
            return;
        }
        new ShareDisposition(sourceId, share, entry.name(), sidecar.orElse(null), copy, sightings, clock)
                .attachTo(exchange);
        exchange.setProperty(ExchangeFacts.SHA256, raw.get().sha256());
        exchange.getMessage().setBody(raw.get().withDeclared(RemoteSidecars.declared(share, sidecar)));
    }

    /** Ends the run's connection, however the run ended. */
    public void closeShare(Exchange exchange) {
        ShareSession share = exchange.getProperty(SHARE, ShareSession.class);
        if (share != null) {
            share.close();
        }
    }
}
