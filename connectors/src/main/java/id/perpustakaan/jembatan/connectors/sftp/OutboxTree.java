package id.perpustakaan.jembatan.connectors.sftp;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpATTRS;
import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.SftpComponent;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.component.file.remote.SftpOperations;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.apache.camel.support.service.ServiceHelper;

/**
 * A mirrored SFTP outbox, for one look: its subfolders too, read on one session, nothing moved or written. The
 * session is Camel's own ({@link SftpOperations}) on an endpoint made from the same address and sign-in as a drop
 * outbox's ({@link SftpSource#connectionUri}), so both modes connect alike: the same known hosts file, strict host
 * key checking, key and ciphers. Camel's consumer is not used: it is made to take files, and a look only lists and
 * reads. The endpoint is made for the look and not kept in the context, and the secrets go to it as options read from
 * their files now, never in its address.
 */
public final class OutboxTree implements RemoteTree {

    private final CamelContext camel;
    private final SftpEndpoint endpoint;
    private final SftpOperations operations;
    /** The outbox from the login folder, each name quoted as JSch reads patterns; empty for the login folder. */
    private final String top;

    private OutboxTree(CamelContext camel, SftpEndpoint endpoint, SftpOperations operations, String top) {
        this.camel = camel;
        this.endpoint = endpoint;
        this.operations = operations;
        this.top = top;
    }

    /**
     * Connects and signs in.
     *
     * @throws Exception as Camel and JSch throw it; {@link ConnectionRefusal} tells a librarian what it means
     */
    public static OutboxTree open(CamelContext camel, SourceDefinition source) throws Exception {
        SftpComponent component = camel.getComponent("sftp", SftpComponent.class);
        SftpEndpoint endpoint = (SftpEndpoint) component.createEndpoint(SftpSource.connectionUri(source),
                SftpSource.secrets(source));
        ServiceHelper.startService(endpoint);
        SftpOperations operations = (SftpOperations) endpoint.createRemoteFileOperations();
        try {
            operations.connect(endpoint.getConfiguration(), null);
        } catch (RuntimeException e) {
            operations.forceDisconnect();
            ServiceHelper.stopService(endpoint);
            throw e;
        }
        return new OutboxTree(camel, endpoint, operations, quoted(SftpSource.address(source).directory()));
    }

    @Override
    public List<Item> list(String folder) throws IOException {
        String path = path(folder);
        SftpRemoteFile<?>[] files;
        try {
            files = operations.listFiles(path.isEmpty() ? "." : path);
        } catch (GenericFileOperationFailedException e) {
            // not chained: the cause's message holds the name unescaped, and stack traces print it
            throw new IOException("cannot list " + PrintableText.of(path.isEmpty() ? "the login folder" : path)
                    + ": " + PrintableText.of(String.valueOf(e.getCause() == null ? e : e.getCause())));
        }
        List<Item> items = new ArrayList<>();
        for (SftpRemoteFile<?> file : files) {
            // the listing's own attributes, not the link's target: a link is neither a file nor a folder here
            SftpATTRS attributes = ((ChannelSftp.LsEntry) file.getRemoteFile()).getAttrs();
            if (attributes.isDir() || attributes.isReg()) {
                items.add(new Item(file.getFilename(), attributes.isDir(), attributes.getSize(),
                        Instant.ofEpochSecond(Integer.toUnsignedLong(attributes.getMTime()))));
            }
        }
        return items;
    }

    @Override
    public InputStream open(String path) throws IOException {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        return outbox(slash < 0 ? "" : path.substring(0, slash)).open(name)
                .orElseThrow(() -> new NoSuchFileException(PrintableText.of(path)));
    }

    @Override
    public RemoteSidecars.Folder folder(String folder) {
        return outbox(folder);
    }

    private OutboxFolder<SftpRemoteFile> outbox(String folder) {
        String path = path(folder);
        return new OutboxFolder<>(operations, camel, path.isEmpty() ? "" : path + "/");
    }

    /** A folder of the tree from the login folder, quoted. */
    private String path(String folder) {
        String quoted = quoted(folder);
        return top.isEmpty() ? quoted : quoted.isEmpty() ? top : top + "/" + quoted;
    }

    /** Each name of a path quoted: JSch reads '*' and '?' as a pattern in any of them. */
    private static String quoted(String path) {
        return path.isEmpty() ? "" : Arrays.stream(path.split("/")).map(OutboxFolder::literal)
                .collect(Collectors.joining("/"));
    }

    @Override
    public void close() {
        try {
            operations.disconnect();
        } catch (RuntimeException e) {
            operations.forceDisconnect();
        } finally {
            ServiceHelper.stopService(endpoint);
        }
    }
}
