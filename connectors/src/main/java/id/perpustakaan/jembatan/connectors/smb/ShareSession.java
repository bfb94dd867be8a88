package id.perpustakaan.jembatan.connectors.smb;

import com.hierynomus.msdtyp.AccessMask;
import com.hierynomus.msfscc.FileAttributes;
import com.hierynomus.msfscc.fileinformation.FileIdBothDirectoryInformation;
import com.hierynomus.mssmb2.SMB2CreateDisposition;
import com.hierynomus.mssmb2.SMB2Dialect;
import com.hierynomus.mssmb2.SMB2ShareAccess;
import com.hierynomus.smbj.SMBClient;
import com.hierynomus.smbj.SmbConfig;
import com.hierynomus.smbj.connection.Connection;
import com.hierynomus.smbj.session.Session;
import com.hierynomus.smbj.share.DiskEntry;
import com.hierynomus.smbj.share.DiskShare;
import com.hierynomus.smbj.share.File;
import com.hierynomus.smbj.share.Share;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One signed-in connection to the folder of an agency's share, for one run: lists the folder, copies files out of
 * it and moves them within it. Speaks SMB 2 and 3 only (SMB1 is neither offered nor accepted). Failures are thrown
 * as they come (smbj's {@code SMBApiException} with the server's status, or an {@code IOException});
 * {@link ShareReasons} tells a librarian what they mean.
 */
public final class ShareSession implements AutoCloseable, RemoteSidecars.Folder {

    private static final Pattern TEMPORARY = Pattern.compile(FolderSource.TEMPORARY_FILES);
    private static final Pattern SIDECARS = Pattern.compile("(?i)(" + Sidecar.NAMES + ")");
    private static final long SKIPPED_ATTRIBUTES = FileAttributes.FILE_ATTRIBUTE_DIRECTORY.getValue()
            | FileAttributes.FILE_ATTRIBUTE_HIDDEN.getValue() | FileAttributes.FILE_ATTRIBUTE_SYSTEM.getValue();
    /** Hidden and system entries, and links (reparse points), which a mirror does not follow out of its folder. */
    private static final long NOT_MIRRORED = FileAttributes.FILE_ATTRIBUTE_HIDDEN.getValue()
            | FileAttributes.FILE_ATTRIBUTE_SYSTEM.getValue() | FileAttributes.FILE_ATTRIBUTE_REPARSE_POINT.getValue();

    private final ShareAddress address;
    private final SMBClient client;
    private final Connection connection;
    private final DiskShare share;

    private ShareSession(ShareAddress address, SMBClient client, Connection connection, DiskShare share) {
        this.address = address;
        this.client = client;
        this.connection = connection;
        this.share = share;
    }

    /** Connects, signs in and opens the share; the folder is not looked at yet. */
    public static ShareSession open(ShareAddress address, ShareLogin login, Duration timeout) throws IOException {
        SMBClient client = new SMBClient(SmbConfig.builder()
                .withDialects(SMB2Dialect.SMB_3_1_1, SMB2Dialect.SMB_3_0_2, SMB2Dialect.SMB_3_0, SMB2Dialect.SMB_2_1,
                        SMB2Dialect.SMB_2_0_2)
                .withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withSoTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build());
        Connection connection = null;
        try {
            connection = client.connect(address.host(), address.port());
            Session session = connection.authenticate(login.authentication());
            Share share = session.connectShare(address.share());
            if (!(share instanceof DiskShare disk)) {
                share.close();
                throw new IOException("'" + address.share() + "' on " + address.host()
                        + " is not a folder share (a printer or a pipe)");
            }
            return new ShareSession(address, client, connection, disk);
        } catch (IOException | RuntimeException e) {
            closeQuietly(connection);
            client.close();
            throw e;
        }
    }

    public ShareAddress address() {
        return address;
    }

    /**
     * The files in the folder, oldest write first: not its subfolders, nor hidden or system files (Thumbs.db,
     * desktop.ini, {@code .done} and {@code .failed}), nor names {@link FolderSource#TEMPORARY_FILES} calls
     * temporary (an Office lock file, a copy still under way), nor sidecars, which are read with their file.
     */
    public List<ShareEntry> list() {
        return share.list(address.folder()).stream()
                .filter(entry -> (entry.getFileAttributes() & SKIPPED_ATTRIBUTES) == 0)
                .filter(entry -> !entry.getFileName().startsWith(".")
                        && !TEMPORARY.matcher(entry.getFileName()).matches()
                        && !SIDECARS.matcher(entry.getFileName()).matches())
                .map(ShareSession::entry)
                .sorted(Comparator.comparing(ShareEntry::lastWrite).thenComparing(ShareEntry::name))
                .toList();
    }

    /**
     * The files and subfolders of a folder below the source's folder ({@code 2026\arsip}; "" for the folder itself),
     * for a look at a mirrored share: neither hidden nor system ones, nor links; names as the server gives them.
     */
    List<RemoteTree.Item> items(String subfolder) {
        String path = subfolder.isEmpty() ? address.folder() : address.path(subfolder);
        return share.list(path).stream()
                .filter(entry -> (entry.getFileAttributes() & NOT_MIRRORED) == 0)
                .filter(entry -> !entry.getFileName().equals(".") && !entry.getFileName().equals(".."))
                .map(entry -> new RemoteTree.Item(entry.getFileName(),
                        (entry.getFileAttributes() & FileAttributes.FILE_ATTRIBUTE_DIRECTORY.getValue()) != 0,
                        entry.getEndOfFile(), entry.getLastWriteTime().toInstant()))
                .toList();
    }

    private static ShareEntry entry(FileIdBothDirectoryInformation information) {
        return new ShareEntry(information.getFileName(), information.getEndOfFile(),
                information.getLastWriteTime().toInstant());
    }

    /** The share's free space as this account sees it (its quota, if it has one). */
    public long freeSpace() {
        return share.getShareInformation().getCallerFreeSpace();
    }

    @Override
    public boolean exists(String name) {
        return share.fileExists(address.path(name));
    }

    @Override
    public Optional<byte[]> small(String name, int max) throws IOException {
        if (!exists(name)) {
            return Optional.empty();
        }
        try (File file = share.openFile(address.path(name), EnumSet.of(AccessMask.GENERIC_READ), null,
                EnumSet.of(SMB2ShareAccess.FILE_SHARE_READ), SMB2CreateDisposition.FILE_OPEN, null);
             InputStream in = file.getInputStream()) {
            return Optional.of(in.readNBytes(max));
        }
    }

    /** Reads a file of the folder (a path below it, with backslashes); closing the stream closes the file. */
    InputStream open(String name) {
        File file = share.openFile(address.path(name), EnumSet.of(AccessMask.GENERIC_READ), null,
                EnumSet.of(SMB2ShareAccess.FILE_SHARE_READ), SMB2CreateDisposition.FILE_OPEN, null);
        return new FilterInputStream(file.getInputStream()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    file.close();
                }
            }
        };
    }

    /** Copies a file of the folder into {@code target}; returns the bytes copied. */
    public long copy(String name, Path target) throws IOException {
        try (File file = share.openFile(address.path(name), EnumSet.of(AccessMask.GENERIC_READ), null,
                // an agency's program may still hold it open for reading; one writing it makes this fail
                EnumSet.of(SMB2ShareAccess.FILE_SHARE_READ), SMB2CreateDisposition.FILE_OPEN, null);
             OutputStream out = Files.newOutputStream(target)) {
            file.read(out);
        }
        return Files.size(target);
    }

    /**
     * Moves a file of the folder into its subfolder {@code directory} (made when missing) under {@code newName},
     * replacing a file of that name there: a rename on the server, so the file is in one place or the other.
     */
    public void move(String name, String directory, String newName) {
        makeDirectory(directory);
        try (DiskEntry entry = share.open(address.path(name), EnumSet.of(AccessMask.DELETE,
                        AccessMask.FILE_READ_ATTRIBUTES), null, EnumSet.of(SMB2ShareAccess.FILE_SHARE_DELETE),
                SMB2CreateDisposition.FILE_OPEN, null)) {
            entry.rename(address.path(directory, newName), true);
        }
    }

    /** Writes a text file into the folder's subfolder {@code directory} (made when missing). */
    public void write(String directory, String name, String text) {
        makeDirectory(directory);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (File file = share.openFile(address.path(directory, name), EnumSet.of(AccessMask.GENERIC_WRITE), null,
                EnumSet.noneOf(SMB2ShareAccess.class), SMB2CreateDisposition.FILE_OVERWRITE_IF, null)) {
            file.write(bytes, 0);
        }
    }

    /** Removes a file of the folder's subfolder {@code directory}, if it is there. */
    public void delete(String directory, String name) {
        String path = address.path(directory, name);
        if (share.fileExists(path)) {
            share.rm(path);
        }
    }

    private void makeDirectory(String directory) {
        String path = address.path(directory);
        if (!share.folderExists(path)) {
            share.mkdir(path);
        }
    }

    @Override
    public void close() {
        try {
            share.close();
        } catch (IOException e) {
            // the connection below is closed either way
        }
        closeQuietly(connection);
        client.close();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // nothing is left to release on a connection that cannot be closed cleanly
            }
        }
    }
}
