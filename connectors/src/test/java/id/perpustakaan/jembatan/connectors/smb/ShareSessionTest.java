package id.perpustakaan.jembatan.connectors.smb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.perpustakaan.jembatan.connectors.fixtures.LocalSamba;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The share as Jembatan sees it through smbj, against a real Samba server. */
class ShareSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static LocalSamba samba;
    private static ShareLogin login;

    @BeforeAll
    static void startSamba() throws IOException {
        samba = LocalSamba.start();
        login = new ShareLogin(LocalSamba.user(), "", samba.passwordFile(LocalSamba.PASSWORD));
    }

    @AfterAll
    static void stopSamba() {
        samba.close();
    }

    @Test
    void listsTheFolderOldestFirstWithoutSubfoldersHiddenOrTemporaryFiles(TestInfo test) throws Exception {
        String url = samba.url(folderOf(test));
        Path folder = samba.shared().resolve(folderOf(test));
        Files.writeString(folder.resolve("pengumuman.txt"), "Pengumuman");
        Files.setLastModifiedTime(folder.resolve("pengumuman.txt"),
                java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        Files.writeString(folder.resolve("jadwal posyandu.txt"), "Jadwal");
        Files.writeString(folder.resolve("~$laporan.docx"), "lock");
        Files.writeString(folder.resolve("laporan.xlsx.part"), "half");
        Files.writeString(folder.resolve(".tersembunyi"), "hidden");
        Files.createDirectories(folder.resolve(".done"));
        Files.createDirectories(folder.resolve("arsip"));

        try (ShareSession share = ShareSession.open(ShareAddress.parse(url), login, TIMEOUT)) {
            assertThat(share.list()).extracting(ShareEntry::name)
                    .containsExactly("pengumuman.txt", "jadwal posyandu.txt");
            ShareEntry first = share.list().get(0);
            assertThat(first.size()).isEqualTo(10);
            assertThat(first.lastWrite().toEpochMilli()).isEqualTo(1_700_000_000_000L);
            assertThat(share.freeSpace()).isPositive();
        }
    }

    @Test
    void copiesMovesAndWritesBesideTheFolder(TestInfo test) throws Exception {
        String url = samba.url(folderOf(test));
        Path folder = samba.shared().resolve(folderOf(test));
        Files.writeString(folder.resolve("jadwal.txt"), "Jadwal pelayanan");
        Files.createDirectories(folder.resolve(".done"));
        Files.writeString(folder.resolve(".done/jadwal.txt"), "versi lama");
        Path copy = Files.createTempFile("jadwal", ".txt");

        try (ShareSession share = ShareSession.open(ShareAddress.parse(url), login, TIMEOUT)) {
            assertThat(share.copy("jadwal.txt", copy)).isEqualTo(16);
            share.move("jadwal.txt", ".done", "jadwal.txt");
            share.write(".failed", "rusak.pdf.reason", "empty file (0 bytes)\n");
        }

        assertThat(copy).hasContent("Jadwal pelayanan");
        assertThat(folder.resolve("jadwal.txt")).doesNotExist();
        assertThat(folder.resolve(".done/jadwal.txt")).as("the earlier one replaced").hasContent("Jadwal pelayanan");
        assertThat(Files.readString(folder.resolve(".failed/rusak.pdf.reason"), StandardCharsets.UTF_8))
                .isEqualTo("empty file (0 bytes)\n");
        Files.delete(copy);
    }

    @Test
    void aWrongPasswordIsRefusedWithWhatToCheck(TestInfo test) throws Exception {
        ShareAddress address = ShareAddress.parse(samba.url(folderOf(test)));
        ShareLogin wrong = new ShareLogin(LocalSamba.user(), "", samba.passwordFile("salah"));

        Throwable failure = catchThrowable(() -> ShareSession.open(address, wrong, TIMEOUT).close());

        assertThat(ShareReasons.of(failure, address, wrong)).isEqualTo("the file server 127.0.0.1 refused the"
                + " sign-in of user '" + LocalSamba.user() + "' (STATUS_LOGON_FAILURE): check username and domain,"
                + " and the password in " + wrong.passwordFile());
    }

    @Test
    void aMissingShareFolderOrPasswordFileIsNamed() throws Exception {
        ShareAddress noShare = new ShareAddress("127.0.0.1", samba.port(), "arsip", "");
        assertThat(reasonOf(noShare, login)).isEqualTo("there is no share 'arsip' on 127.0.0.1"
                + " (STATUS_BAD_NETWORK_NAME): check the share's name in url");

        ShareAddress noFolder = new ShareAddress("127.0.0.1", samba.port(), LocalSamba.SHARE, "tidak\\ada");
        Throwable failure = catchThrowable(() -> {
            try (ShareSession share = ShareSession.open(noFolder, login, TIMEOUT)) {
                share.list();
            }
        });
        assertThat(ShareReasons.of(failure, noFolder, login)).isEqualTo("there is no folder 'tidak/ada' on the"
                + " share 'outbox' of 127.0.0.1 (STATUS_OBJECT_PATH_NOT_FOUND): check the folder in url, or ask the"
                + " agency to create it");

        ShareLogin noFile = new ShareLogin(LocalSamba.user(), "", Path.of("/etc/jembatan/tidak-ada.password"));
        assertThat(reasonOf(noShare, noFile)).startsWith("cannot read the password file"
                + " /etc/jembatan/tidak-ada.password (java.nio.file.NoSuchFileException")
                .endsWith("write the password of " + LocalSamba.user() + " in it, readable by the user Jembatan"
                        + " runs as");
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedWithItsPort() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ShareAddress nobody = new ShareAddress("127.0.0.1", closed, LocalSamba.SHARE, "");

        assertThat(reasonOf(nobody, login)).startsWith("cannot reach the file server 127.0.0.1:" + closed
                + " (java.net.ConnectException").endsWith("lets this machine in on port " + closed);
    }

    private static String reasonOf(ShareAddress address, ShareLogin as) {
        Throwable failure = catchThrowable(() -> ShareSession.open(address, as, TIMEOUT).close());
        assertThat(failure).isNotNull();
        return ShareReasons.of(failure, address, as);
    }

    private static String folderOf(TestInfo test) {
        return test.getTestMethod().orElseThrow().getName();
    }
}
