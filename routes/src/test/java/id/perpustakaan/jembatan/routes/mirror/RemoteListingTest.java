package id.perpustakaan.jembatan.routes.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.mirror.RemoteTree;
import id.perpustakaan.jembatan.connectors.sidecar.RemoteSidecars;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a look at a mirrored folder on a server takes for its documents, from the server's listings alone. */
class RemoteListingTest {

    private static final Instant T1 = Instant.parse("2026-11-02T03:00:00Z");

    /** A server's folders as listings, by folder. */
    private final Map<String, List<RemoteTree.Item>> folders = new HashMap<>();
    private final List<String> listed = new ArrayList<>();

    private final RemoteTree tree = new RemoteTree() {
        @Override
        public List<Item> list(String folder) throws IOException {
            listed.add(folder);
            List<Item> items = folders.get(folder);
            if (items == null) {
                throw new IOException("no folder " + folder);
            }
            return items;
        }

        @Override
        public InputStream open(String path) {
            throw new AssertionError("a listing reads no file: " + path);
        }

        @Override
        public RemoteSidecars.Folder folder(String folder) {
            throw new AssertionError("a listing reads no sidecar: " + folder);
        }

        @Override
        public void close() {
        }
    };

    @Test
    void takesFilesOfTheFolderAndItsSubfoldersButNotHiddenTemporaryOrSidecarFiles() throws IOException {
        file("", "pengumuman.pdf", 100, T1);
        file("", "~$laporan.docx", 10, T1);
        file("", "unduhan.pdf.part", 10, T1);
        file("", ".tersembunyi.pdf", 10, T1);
        file("", "_jembatan.yml", 10, T1);
        file("", "pengumuman.pdf.meta.yml", 10, T1);
        folder("", "2026");
        folder("", ".git");
        file("2026", "jadwal.xlsx", 200, T1);

        assertThat(RemoteListing.of(tree, "smb://server/outbox")).containsExactly(
                new MirrorEntry("2026/jadwal.xlsx", 200, T1), new MirrorEntry("pengumuman.pdf", 100, T1));
        assertThat(listed).containsExactly("", "2026");
    }

    @Test
    void aFileChangesWhenItsOwnSidecarOrItsFoldersSidecarDoes() throws IOException {
        file("", "sendiri.pdf", 100, T1);
        file("", "sendiri.pdf.meta.json", 10, T1.plusSeconds(60));
        file("", "lain.pdf", 100, T1);
        folder("", "arsip");
        file("arsip", "lama.pdf", 100, T1);
        file("arsip", "_jembatan.yml", 10, T1.plusSeconds(120));

        assertThat(RemoteListing.of(tree, "smb://server/outbox")).containsExactly(
                new MirrorEntry("arsip/lama.pdf", 100, T1.plusSeconds(120)),
                new MirrorEntry("lain.pdf", 100, T1),
                new MirrorEntry("sendiri.pdf", 100, T1.plusSeconds(60)));
    }

    @Test
    void neverFollowsANameThatIsNotOneNameOfItsFolder() throws IOException {
        file("", "../rahasia.pdf", 100, T1);
        file("", "a/b.pdf", 100, T1);
        file("", "a\\b.pdf", 100, T1);
        folder("", "..");
        folder("", "../..");
        file("", "baik.pdf", 100, T1);

        assertThat(RemoteListing.of(tree, "sftp://server/outbox")).containsExactly(
                new MirrorEntry("baik.pdf", 100, T1));
        assertThat(listed).containsExactly("");
    }

    @Test
    void goesNoDeeperThanTheLimit() throws IOException {
        String folder = "";
        for (int depth = 1; depth <= MirrorSources.MAX_DEPTH + 1; depth++) {
            file(folder, "berkas-" + depth + ".pdf", depth, T1);
            folder(folder, "d");
            folder = folder.isEmpty() ? "d" : folder + "/d";
        }

        List<MirrorEntry> entries = RemoteListing.of(tree, "smb://server/outbox");

        assertThat(entries).hasSize(MirrorSources.MAX_DEPTH);
        assertThat(listed).hasSize(MirrorSources.MAX_DEPTH);
    }

    @Test
    void aSubfolderThatCannotBeListedFailsTheWholeLook() {
        file("", "pengumuman.pdf", 100, T1);
        // listed in its folder, but the server refuses to list it
        folders.get("").add(new RemoteTree.Item("terkunci", true, 0, T1));

        assertThatThrownBy(() -> RemoteListing.of(tree, "smb://server/outbox")).isInstanceOf(IOException.class)
                .hasMessageContaining("terkunci");
    }

    private void file(String folder, String name, long size, Instant modified) {
        folders.computeIfAbsent(folder, f -> new ArrayList<>()).add(new RemoteTree.Item(name, false, size, modified));
    }

    private void folder(String parent, String name) {
        folders.computeIfAbsent(parent, f -> new ArrayList<>()).add(new RemoteTree.Item(name, true, 0, T1));
        String path = parent.isEmpty() ? name : parent + "/" + name;
        folders.computeIfAbsent(path, f -> new ArrayList<>());
    }
}
