package id.perpustakaan.jembatan.connectors.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import id.perpustakaan.jembatan.model.PrintableText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.support.DefaultExchange;

/**
 * The outbox a file is taken from, for reading the sidecars beside it: through the endpoint's own operations, on the
 * session the poller holds (the source's login, its known host key, its thread), never on a connection of its own.
 * {@link OutboxDisposition} hands it to the exchange before the file is read.
 *
 * <p>A file is looked for by opening it: the server answers "no such file" at once, where Camel's
 * {@code existsFile} would list the whole outbox for each name. Opening relies on the endpoint's
 * {@code streamDownload}, as the intake does: a sidecar is read from a stream, at most the bytes asked for, and the
 * stream is closed before the session does anything else.
 */
public final class OutboxFolder<T> implements RemoteSidecars.Folder {

    /** Exchange property: the outbox of the file being taken. */
    public static final String PROPERTY = "JembatanOutboxFolder";

    private final GenericFileOperations<T> operations;
    private final CamelContext camel;
    private final String outbox;

    /** @param outbox the outbox as the endpoint names it, ending in '/' unless it is the login folder itself */
    OutboxFolder(GenericFileOperations<T> operations, CamelContext camel, String outbox) {
        this.operations = operations;
        this.camel = camel;
        this.outbox = outbox;
    }

    /** The outbox of the exchange's file. */
    public static OutboxFolder<?> of(Exchange exchange) {
        OutboxFolder<?> folder = exchange.getProperty(PROPERTY, OutboxFolder.class);
        if (folder == null) {
            throw new IllegalStateException("the exchange of an outbox's file carries no " + PROPERTY + " (the"
                    + " endpoint's processStrategy is not the source's OutboxDisposition)");
        }
        return folder;
    }

    @Override
    public boolean exists(String name) throws IOException {
        Optional<InputStream> opened = open(name);
        if (opened.isPresent()) {
            close(opened.get(), name);
        }
        return opened.isPresent();
    }

    @Override
    public Optional<byte[]> small(String name, int max) throws IOException {
        Optional<InputStream> opened = open(name);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = opened.get()) {
            bytes = in.readNBytes(max);
        } catch (IOException e) {
            throw failure(name, e);
        }
        return Optional.of(bytes);
    }

    /** The file, opened as a stream; empty when there is none of that name. */
    Optional<InputStream> open(String name) throws IOException {
        // no POSIX file system holds a longer name, and the server would refuse it as an error, not as missing:
        // a file whose name is near the limit has no sidecar
        if (name.getBytes(StandardCharsets.UTF_8).length > InboxNames.NAME_MAX_BYTES) {
            return Optional.empty();
        }
        // the operations put what they open on an exchange's file; a scratch one keeps it off the file's own
        Exchange scratch = new DefaultExchange(camel);
        GenericFile<T> target = operations.newGenericFile();
        scratch.setProperty(FileComponent.FILE_EXCHANGE_FILE, target);
        try {
            operations.retrieveFile(outbox + literal(name), scratch, -1);
        } catch (GenericFileOperationFailedException e) {
            if (e.getCause() instanceof SftpException sftp && sftp.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw failure(name, e.getCause() == null ? e : e.getCause());
        }
        if (!(target.getBody() instanceof InputStream stream)) {
            throw new IllegalStateException("the sftp endpoint gave " + target.getBody() + " for "
                    + PrintableText.of(name) + ", not a stream (streamDownload)");
        }
        return Optional.of(stream);
    }

    /**
     * JSch reads '*' and '?' in a path as a pattern, and takes whatever single file it matches: {@code Laporan?.pdf}
     * would be given {@code Laporan1.pdf}'s sidecar. Quoted, a name is only itself.
     */
    static String literal(String name) {
        return name.replaceAll("([\\\\*?])", "\\\\$1");
    }

    private static void close(InputStream in, String name) throws IOException {
        try {
            in.close();
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** Not chained: the cause's message holds the name unescaped, and stack traces print it. */
    private static IOException failure(String name, Throwable cause) {
        return new IOException("cannot read " + PrintableText.of(name) + " from the outbox: "
                + PrintableText.of(cause.toString()));
    }
}
