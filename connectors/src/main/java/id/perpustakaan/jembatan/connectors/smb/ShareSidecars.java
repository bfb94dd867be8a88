package id.perpustakaan.jembatan.connectors.smb;

import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import java.io.IOException;
import java.util.Optional;

/**
 * The sidecars of a file on an agency's share, as in a local inbox: its own ({@code laporan.pdf.meta.yml} beside
 * it), which follows it to {@code .done/} or {@code .failed/}, and its folder's ({@code _jembatan.yml}).
 */
public final class ShareSidecars {

    private ShareSidecars() {
    }

    /** The name of the file's own sidecar, if it has one. */
    public static Optional<String> own(ShareSession share, String name) {
        for (String suffix : Sidecar.SUFFIXES) {
            if (share.exists(name + suffix)) {
                return Optional.of(name + suffix);
            }
        }
        return Optional.empty();
    }

    /**
     * What the file's sidecars declare, its own over its folder's; {@code null} when it has none.
     *
     * @param own the file's own sidecar, from {@link #own}
     */
    public static DeclaredFacts declared(ShareSession share, Optional<String> own) throws IOException {
        DeclaredFacts folder = read(share, Sidecar.FOLDER_FILE);
        return Sidecar.over(own.isPresent() ? read(share, own.get()) : null, folder);
    }

    private static DeclaredFacts read(ShareSession share, String name) throws IOException {
        Optional<byte[]> bytes = share.small(name, Sidecar.MAX_BYTES + 1);
        return bytes.isEmpty() ? null : Sidecar.read(name, bytes.get());
    }
}
