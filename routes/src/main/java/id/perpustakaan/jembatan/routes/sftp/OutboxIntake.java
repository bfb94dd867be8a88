package id.perpustakaan.jembatan.routes.sftp;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.connectors.sftp.OutboxDisposition;
import id.perpustakaan.jembatan.connectors.sftp.OutboxFolder;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.GenericFile;

/**
 * Turns a file streamed from an outbox into {@code RawContent}, with what its sidecars declare, as {@code FolderIntake}
 * does for a dropped file: the same names refused, the same size limit, the file's name as its locator, the same
 * sidecars read, and a file whose sidecar is broken refused. A file the listing shows empty or over the limit is
 * refused without a byte of it read; one that grew past the limit since is refused once the limit is passed. What is
 * taken is held in memory (at most the size limit), as a fetched page is, so that nothing of it is left on this
 * machine's disk and the session's stream is closed before the file is normalised.
 */
public class OutboxIntake implements Processor {

    private final long maxBytes;
    private final Clock clock;

    public OutboxIntake(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        GenericFile<?> file = exchange.getProperty(FileComponent.FILE_EXCHANGE_FILE, GenericFile.class);
        String name = file.getFileNameOnly();
        Optional<String> nameProblem = InboxNames.problem(Path.of(name));
        // a refused name is found under its new name in .failed/
        exchange.setProperty(ExchangeFacts.LOCATOR, nameProblem.isPresent() ? InboxNames.failedName(Path.of(name))
                : name);
        exchange.setProperty(ExchangeFacts.FILE_NAME, name);
        Optional<String> refusal = nameProblem.or(() -> DroppedFile.sizeProblem(file.getFileLength(), maxBytes));
        byte[] bytes = read(file, name, refusal.isPresent() ? 0 : (int) Math.min(Integer.MAX_VALUE - 8,
                maxBytes + 1));
        // the file's stream is closed: the session is free to look for its sidecars. Looked up once, refused or not:
        // the disposition moves it with the file, the content carries what it declares
        OutboxFolder<?> outbox = OutboxFolder.of(exchange);
        Optional<String> sidecar = RemoteSidecars.own(outbox, name);
        sidecar.ifPresent(own -> exchange.setProperty(OutboxDisposition.SIDECAR, own));
        refusal.ifPresent(reason -> {
            throw new ContentRejectedException("fetch", reason);
        });
        if (bytes.length > maxBytes) {
            throw new ContentRejectedException("fetch", DroppedFile.grewPastLimit(maxBytes));
        }
        String sha256 = Sha256.of(bytes);
        exchange.setProperty(ExchangeFacts.SHA256, sha256);
        RawContent raw = new RawContent(sourceId, name, name, URLConnection.guessContentTypeFromName(name),
                bytes.length, sha256, null, clock.instant(), Instant.ofEpochMilli(file.getLastModified()), null,
                SftpSource.CONNECTOR, () -> new ByteArrayInputStream(bytes));
        exchange.getMessage().setBody(raw.withDeclared(RemoteSidecars.declared(outbox, sidecar)));
    }

    /** At most {@code limit} bytes of the file, none for a file refused already; its stream is closed either way. */
    private static byte[] read(GenericFile<?> file, String name, int limit) {
        if (!(file.getBody() instanceof InputStream stream)) {
            throw new IllegalStateException("the sftp endpoint gave " + file.getBody() + " for "
                    + PrintableText.of(name) + ", not a stream (streamDownload)");
        }
        try (InputStream in = stream) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            // not chained: the cause's message holds the name unescaped, and stack traces print it
            throw new UncheckedIOException(new IOException("cannot read " + PrintableText.of(name) + " from the"
                    + " outbox: " + PrintableText.of(e.toString())));
        }
    }
}
