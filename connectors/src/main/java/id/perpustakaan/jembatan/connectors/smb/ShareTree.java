package id.perpustakaan.jembatan.connectors.smb;

import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A mirrored folder on an agency's share, for one look: its subfolders too, read on one signed-in connection, and
 * nothing moved or written on the share. Places use '/', the share's paths backslashes.
 */
public final class ShareTree implements RemoteTree {

    private final ShareSession session;

    private ShareTree(ShareSession session) {
        this.session = session;
    }

    /** Connects and signs in, as a run of a drop folder on a share does. */
    public static ShareTree open(ShareAddress address, ShareLogin login, Duration timeout) throws IOException {
        return new ShareTree(ShareSession.open(address, login, timeout));
    }

    @Override
    public List<Item> list(String folder) {
        return session.items(onShare(folder));
    }

    @Override
    public InputStream open(String path) {
        return session.open(onShare(path));
    }

    @Override
    public RemoteSidecars.Folder folder(String folder) {
        String prefix = folder.isEmpty() ? "" : onShare(folder) + "\\";
        return new RemoteSidecars.Folder() {
            @Override
            public boolean exists(String name) {
                return session.exists(prefix + name);
            }

            @Override
            public Optional<byte[]> small(String name, int max) throws IOException {
                return session.small(prefix + name, max);
            }
        };
    }

    @Override
    public void close() {
        session.close();
    }

    private static String onShare(String place) {
        return place.replace('/', '\\');
    }
}
