package id.perpustakaan.jembatan.routes.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.routes.fixtures.LocalSftpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens to a file in an agency's SFTP outbox, from being taken to being moved on the server. */
class SftpRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path serverRoot;
    @TempDir
    Path config;

    private LocalSftpServer server;
    private SftpRouteHarness route;
    private Path outbox;

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalSftpServer(serverRoot);
        outbox = Files.createDirectory(serverRoot.resolve("outbox"));
    }

    @AfterEach
    void stop() {
        if (route != null) {
            route.close();
        }
        server.close();
    }

    private void startWithPassword() throws Exception {
        route = new SftpRouteHarness(server.url("outbox"), Map.of(
                SftpSource.USERNAME, LocalSftpServer.USER,
                SftpSource.PASSWORD_FILE, server.passwordFile(config.resolve("password")).toString(),
                SftpSource.KNOWN_HOSTS_FILE, server.knownHosts(config.resolve("known_hosts")).toString()));
    }

    private Path drop(String name, String content) throws IOException {
        return Files.writeString(outbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void movesAFileToDoneOnTheServerOnlyAfterItsDocumentWasPublished() throws Exception {
        startWithPassword();
        List<Boolean> stillInOutboxWhilePublishing = new CopyOnWriteArrayList<>();
        route.behaviour = exchange -> stillInOutboxWhilePublishing.add(Files.exists(outbox.resolve("bansos.txt"))
                && !Files.exists(outbox.resolve(".done/bansos.txt")));

        String content = "Jadwal penyaluran bantuan sosial tahap dua";
        drop("bansos.txt", content);

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/bansos.txt")));
        assertThat(stillInOutboxWhilePublishing).containsExactly(true);
        assertThat(outbox.resolve("bansos.txt")).doesNotExist();
        assertThat(route.ingested).singleElement().satisfies(raw -> {
            assertThat(raw.sourceId()).isEqualTo(SftpRouteHarness.SOURCE_ID);
            assertThat(raw.locator()).isEqualTo("bansos.txt");
            assertThat(raw.connector()).isEqualTo("sftp");
            assertThat(raw.size()).isEqualTo(content.length());
            try (var in = raw.body().open()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(content);
            }
        });
        assertThat(route.deadLetters).isEmpty();
    }

    @Test
    void leavesTheFileInTheOutboxAndTriesAgainWhenPublishingFails() throws Exception {
        startWithPassword();
        route.behaviour = exchange -> {
            throw new IllegalStateException("Kafka unreachable");
        };

        drop("pengumuman.txt", "Pengumuman pendaftaran PKH");

        // the first poll and its one retry, then a later poll takes the file again
        await().atMost(WAIT).until(() -> route.attempts.get() >= 3);
        assertThat(outbox.resolve("pengumuman.txt")).exists();
        assertThat(outbox.resolve(".done")).doesNotExist();
        assertThat(outbox.resolve(".failed")).doesNotExist();
        assertThat(route.deadLetters).isEmpty();

        route.behaviour = exchange -> { };
        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/pengumuman.txt")));
    }

    @Test
    void movesARejectedFileToFailedOnTheServerBesideItsReason() throws Exception {
        startWithPassword();
        route.behaviour = exchange -> {
            throw new ContentRejectedException("extract", "encrypted (password required)");
        };

        drop("rahasia.pdf", "not really a pdf");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".failed/rahasia.pdf")));
        assertThat(Files.readString(outbox.resolve(".failed/rahasia.pdf.reason")))
                .startsWith("encrypted (password required)\nstage: extract\n")
                .endsWith("file: rahasia.pdf\n");
        assertThat(outbox.resolve("rahasia.pdf")).doesNotExist();
        assertThat(route.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.sourceId()).isEqualTo(SftpRouteHarness.SOURCE_ID);
            assertThat(letter.locator()).isEqualTo("rahasia.pdf");
            assertThat(letter.stage()).isEqualTo("extract");
        });
    }

    @Test
    void refusesAnEmptyFileWithoutReadingIt() throws Exception {
        startWithPassword();

        drop("kosong.docx", "");

        // the reason is written first, then the file moves beside it
        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".failed/kosong.docx")));
        assertThat(Files.readString(outbox.resolve(".failed/kosong.docx.reason"))).startsWith("empty file (0 bytes)");
        assertThat(route.attempts).hasValue(0);
        assertThat(route.deadLetters).singleElement().satisfies(letter ->
                assertThat(letter.reason()).isEqualTo("empty file (0 bytes)"));
    }

    @Test
    void refusesAFileOverTheSizeLimitAsTheFolderKindDoes() throws Exception {
        startWithPassword();

        Files.write(outbox.resolve("pindaian.pdf"), new byte[1_048_577]);

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".failed/pindaian.pdf")));
        assertThat(Files.readString(outbox.resolve(".failed/pindaian.pdf.reason")))
                .startsWith("too large: 1.0 MB exceeds the limit of 1.0 MB (jembatan.harvest.max-file-size)");
        assertThat(route.attempts).hasValue(0);
    }

    @Test
    void logsInWithAPrivateKeyAndItsPassphrase() throws Exception {
        route = new SftpRouteHarness(server.url("outbox"), Map.of(
                SftpSource.USERNAME, LocalSftpServer.USER,
                SftpSource.PRIVATE_KEY_FILE, server.privateKeyWithPassphrase(config.resolve("id_ecdsa")).toString(),
                SftpSource.PRIVATE_KEY_PASSPHRASE_FILE, server.passphraseFile(config.resolve("passphrase"))
                        .toString(),
                SftpSource.KNOWN_HOSTS_FILE, server.knownHosts(config.resolve("known_hosts")).toString()));

        drop("rapat.txt", "Notulen rapat koordinasi");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/rapat.txt")));
        assertThat(route.ingested).extracting(raw -> raw.locator()).containsExactly("rapat.txt");
    }

    @Test
    void refusesAServerShowingAnotherHostKeyAndReadsNothing() throws Exception {
        drop("bansos.txt", "Jadwal penyaluran bantuan sosial");
        route = new SftpRouteHarness(server.url("outbox"), Map.of(
                SftpSource.USERNAME, LocalSftpServer.USER,
                SftpSource.PASSWORD_FILE, server.passwordFile(config.resolve("password")).toString(),
                SftpSource.KNOWN_HOSTS_FILE, server.knownHostsOfAnotherServer(config.resolve("known_hosts"))
                        .toString()));

        await().atMost(WAIT).until(() -> !route.deadLetters.isEmpty());
        assertThat(route.deadLetters.get(0)).satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo("connect");
            assertThat(letter.locator()).isEqualTo(server.url("outbox"));
            assertThat(letter.reason()).startsWith("the SFTP server 127.0.0.1:" + server.port()
                    + " showed a host key other than the one " + config.resolve("known_hosts") + " holds for it");
        });
        // polls go on failing: the refusal is counted, not written again
        await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> route.deadLetters.size() == 1);
        assertThat(route.ingested).isEmpty();
        assertThat(outbox.resolve("bansos.txt")).exists();
    }

    @Test
    void refusesAServerWhoseKeyIsNotKnownSayingHowToAddIt() throws Exception {
        Path knownHosts = Files.writeString(config.resolve("known_hosts"), Files.readString(
                server.knownHosts(config.resolve("other"))).replace(":" + server.port() + " ", ":1 "));
        route = new SftpRouteHarness(server.url("outbox"), Map.of(
                SftpSource.USERNAME, LocalSftpServer.USER,
                SftpSource.PASSWORD_FILE, server.passwordFile(config.resolve("password")).toString(),
                SftpSource.KNOWN_HOSTS_FILE, knownHosts.toString()));

        await().atMost(WAIT).until(() -> !route.deadLetters.isEmpty());
        assertThat(route.deadLetters.get(0).reason()).isEqualTo("the SFTP server 127.0.0.1:" + server.port()
                + " showed a host key " + knownHosts + " does not hold, so nothing was read: add the server's key with"
                + " 'ssh-keyscan -p " + server.port() + " 127.0.0.1 >> " + knownHosts + "' and compare its fingerprint"
                + " (ssh-keygen -lf " + knownHosts + ") with the one the agency gives");
    }
}
