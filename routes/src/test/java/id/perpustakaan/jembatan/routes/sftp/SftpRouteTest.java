package id.perpustakaan.jembatan.routes.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.RawContent;
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

    private RawContent ingested(String locator) {
        return route.ingested.stream().filter(raw -> raw.locator().equals(locator)).findFirst().orElseThrow();
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
    void aFilesOwnSidecarSaysItsTitleKindAndTags() throws Exception {
        startWithPassword();

        drop("jadwal.txt.meta.yml", "judul: Jadwal Penyaluran Bansos Tahap II\njenis: pengumuman\n"
                + "label: [bansos, PKH]\n");
        drop("jadwal.txt", "Jadwal penyaluran bantuan sosial tahap dua");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/jadwal.txt")));
        assertThat(route.ingested).as("the sidecar is no document of its own").singleElement().satisfies(raw -> {
            assertThat(raw.locator()).isEqualTo("jadwal.txt");
            assertThat(raw.declared().title()).isEqualTo("Jadwal Penyaluran Bansos Tahap II");
            assertThat(raw.declared().kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
            assertThat(raw.declared().tags()).containsExactly("bansos", "PKH");
        });
        assertThat(route.deadLetters).isEmpty();
    }

    @Test
    void theOutboxsJembatanYmlAppliesToEachFileUnderItsOwnSidecarAndStays() throws Exception {
        startWithPassword();

        drop("_jembatan.yml", "jenis: program\nklasifikasi: berkala\nlabel: dinsos\n");
        drop("syarat.txt.meta.yaml", "title: Syarat Penerima PKH\ntags: [pkh]\n");
        drop("syarat.txt", "Syarat penerima Program Keluarga Harapan");
        drop("kuota.txt", "Kuota penerima per kelurahan");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/syarat.txt"))
                && Files.exists(outbox.resolve(".done/kuota.txt")));
        assertThat(route.ingested).hasSize(2);
        assertThat(ingested("syarat.txt").declared()).satisfies(facts -> {
            assertThat(facts.title()).isEqualTo("Syarat Penerima PKH");
            assertThat(facts.kind()).isEqualTo(DocumentKind.PROGRAMME);
            assertThat(facts.klasifikasi()).isEqualTo(Klasifikasi.BERKALA);
            assertThat(facts.tags()).containsExactly("pkh");
        });
        assertThat(ingested("kuota.txt").declared()).satisfies(facts -> {
            assertThat(facts.title()).isNull();
            assertThat(facts.kind()).isEqualTo(DocumentKind.PROGRAMME);
            assertThat(facts.klasifikasi()).isEqualTo(Klasifikasi.BERKALA);
            assertThat(facts.tags()).containsExactly("dinsos");
        });
        assertThat(outbox.resolve("_jembatan.yml")).as("the outbox's sidecar stays").exists();
        assertThat(outbox.resolve(".done/_jembatan.yml")).doesNotExist();
    }

    @Test
    void aBrokenSidecarSendsItsFileAndItselfToFailedWithTheLineToFix() throws Exception {
        startWithPassword();

        drop("rusak.txt.meta.json", "{\"judul\": \"Laporan Rapat\",\n \"jenis\": \"poster\"}");
        drop("rusak.txt", "Catatan rapat koordinasi");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".failed/rusak.txt.meta.json")));
        String reason = "the sidecar rusak.txt.meta.json, line 2: 'poster' is not a kind: write pengumuman,"
                + " peraturan, program, acara, berita or lainnya";
        assertThat(Files.readString(outbox.resolve(".failed/rusak.txt.reason")))
                .startsWith(reason)
                .contains("\nstage: fetch\n")
                .endsWith("file: rusak.txt\n");
        assertThat(outbox.resolve(".failed/rusak.txt")).exists();
        assertThat(outbox.resolve("rusak.txt")).doesNotExist();
        assertThat(outbox.resolve("rusak.txt.meta.json")).doesNotExist();
        assertThat(route.attempts).as("not normalised").hasValue(0);
        assertThat(route.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.locator()).isEqualTo("rusak.txt");
            assertThat(letter.reason()).startsWith(reason);
        });
    }

    @Test
    void theSidecarFollowsItsFileToDoneReplacingAnEarlierOne() throws Exception {
        startWithPassword();
        Files.createDirectories(outbox.resolve(".done"));
        Files.writeString(outbox.resolve(".done/jadwal.txt.meta.yml"), "judul: Jadwal Lama\n");

        drop("jadwal.txt.meta.yml", "judul: Jadwal Baru\n");
        drop("jadwal.txt", "Jadwal penyaluran bantuan sosial, diperbarui");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/jadwal.txt"))
                && !Files.exists(outbox.resolve("jadwal.txt.meta.yml")));
        assertThat(Files.readString(outbox.resolve(".done/jadwal.txt.meta.yml"))).isEqualTo("judul: Jadwal Baru\n");
        assertThat(route.ingested).singleElement().satisfies(raw ->
                assertThat(raw.declared().title()).isEqualTo("Jadwal Baru"));
    }

    @Test
    void refusesASidecarOverTheLimitWithoutTakingItAsFacts() throws Exception {
        startWithPassword();

        drop("besar.txt.meta.yml", "ringkasan: " + "panjang ".repeat(20_000) + "\n");
        drop("besar.txt", "Laporan tahunan");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".failed/besar.txt.meta.yml")));
        assertThat(Files.readString(outbox.resolve(".failed/besar.txt.reason")))
                .startsWith("the sidecar besar.txt.meta.yml, line 1: it is larger than 64 KB");
        assertThat(route.attempts).hasValue(0);
    }

    @Test
    void aNameWithAWildcardIsGivenOnlyItsOwnSidecar() throws Exception {
        startWithPassword();

        // JSch reads '?' as a pattern: unquoted, Laporan?.txt would be given this file's facts
        drop("Laporan1.txt.meta.yml", "klasifikasi: dikecualikan\n");
        drop("Laporan?.txt", "Laporan triwulan pertama");

        await().atMost(WAIT).until(() -> !route.ingested.isEmpty());
        assertThat(route.ingested.get(0).locator()).isEqualTo("Laporan?.txt");
        assertThat(route.ingested.get(0).declared()).isNull();
    }

    @Test
    void takesAFileWhoseNameLeavesNoRoomForASidecar() throws Exception {
        startWithPassword();
        // the longest name taken: a sidecar's name beside it would be longer than any file system holds
        String name = "a".repeat(244) + ".txt";

        drop(name, "Daftar penerima bantuan");

        await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done").resolve(name)));
        assertThat(route.ingested).singleElement().satisfies(raw -> assertThat(raw.declared()).isNull());
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
