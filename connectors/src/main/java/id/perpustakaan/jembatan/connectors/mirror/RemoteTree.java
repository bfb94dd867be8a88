package id.perpustakaan.jembatan.connectors.mirror;

import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * A mirrored folder on an agency's server (a Windows share, an SFTP outbox) as one look reaches it: one signed-in
 * connection, used by one thread, that only reads. Places inside it are written with '/' between folders, as a
 * document's place is; "" is the mirrored folder itself.
 */
public interface RemoteTree extends AutoCloseable {

    /**
     * A file or a folder as its folder's listing shows it.
     *
     * @param name     as the server listed it: the caller decides whether it is a name it follows
     * @param modified the time of its last write
     */
    record Item(String name, boolean folder, long size, Instant modified) {
    }

    /**
     * The files and folders of a folder of the tree. What the server marks hidden or system, links and devices are
     * not listed: links are not followed out of the folder, and only plain files are documents.
     *
     * @throws IOException when the folder cannot be listed
     */
    List<Item> list(String folder) throws IOException;

    /** Reads a file of the tree; the stream is closed before anything else is asked of the connection. */
    InputStream open(String path) throws IOException;

    /** A folder of the tree, for the sidecars of its files. */
    RemoteSidecars.Folder folder(String folder);

    /** Ends the connection; never fails. */
    @Override
    void close();
}
