package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import id.perpustakaan.jembatan.routes.fixtures.LocalSftpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An SFTP source against a real SFTP server in the test JVM (Apache MINA SSHD), through the real broker and node: a
 * file in the agency's outbox becomes searchable and moves to {@code .done/} on the server, a bad one to
 * {@code .failed/} beside its reason and onto the dead-letter topic; a file taken again writes nothing; a server
 * showing another host key is refused with the reason, and a source without a known hosts file does not start.
 */
class SftpSourceIT {

    private final String run = "sftp" + Integer.toHexString(new Random().nextInt());
    private final String sourceId = "dinsos-" + run;

    @TempDir
    Path serverRoot;
    @TempDir
    Path config;

    private LocalSftpServer server;
    private OwnApplication app;
    private Path outbox;

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalSftpServer(serverRoot);
        outbox = Files.createDirectory(serverRoot.resolve("outbox"));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    private String sources(String credentials, Path knownHosts) {
        return """
                jembatan:
                  sources:
                    - id: %s
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: sftp
                      url: %s
                      schedule: 1s
                      default-kind: programme
                      options:
                        username: %s
                %s
                        known-hosts-file: %s
                """.formatted(sourceId, server.url("outbox"), LocalSftpServer.USER, credentials, knownHosts);
    }

    @Test
    void filesInTheOutboxBecomeSearchableAndBadOnesFailOnTheServerWithTheirReasons() throws Exception {
        String word = PipelineIT.uniqueWord("bansos");
        byte[] good = Documents.pdf("Jadwal Penyaluran Bantuan Sosial", "Penyaluran bantuan " + word
                + " tahap kedua di Kecamatan Talawi.");
        Files.write(outbox.resolve("jadwal-bansos.pdf"), good);
        Files.write(outbox.resolve("daftar-rusak.pdf"), Documents.truncatedPdf("Daftar Penerima", "Penerima " + word));
        String credentials = """
                        private-key-file: %s
                        private-key-passphrase-file: %s
                """.formatted(server.privateKeyWithPassphrase(config.resolve("id_ecdsa")),
                server.passphraseFile(config.resolve("passphrase")));

        app = OwnApplication.start(run, sources(credentials, server.knownHosts(config.resolve("known_hosts"))),
                OwnApplication.ownTopics(run));

        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        assertThat(hit.get("id").asText()).startsWith(sourceId + "-");
        assertThat(hit.get("title").asText()).isEqualTo("Jadwal Penyaluran Bantuan Sosial");
        assertThat(hit.get("agency").get("code").asText()).isEqualTo("dinsos");
        assertThat(app.http().get().uri(hit.get("original").get("href").asText()).retrieve().body(byte[].class))
                .isEqualTo(good);
        Path done = outbox.resolve(".done/jadwal-bansos.pdf");
        Path failed = outbox.resolve(".failed/daftar-rusak.pdf");
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> Files.exists(done) && Files.exists(failed));
        assertThat(Files.readString(outbox.resolve(".failed/daftar-rusak.pdf.reason")))
                .startsWith("truncated or corrupt PDF");
        assertThat(outbox).isDirectoryNotContaining(Files::isRegularFile);
        List<DeadLetter> letters = await().atMost(PipelineIT.SEARCHABLE_WITHIN)
                .until(() -> app.deadLetters(sourceId), found -> !found.isEmpty());
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.locator()).isEqualTo("daftar-rusak.pdf");
            assertThat(letter.reason()).startsWith("truncated or corrupt PDF");
            assertThat(letter.sha256()).hasSize(64);
        });

        // taken again, as after a crash between Kafka's acknowledgement and the move: the same document, unchanged
        long documents = app.endOffset(app.topics().documents());
        Files.move(done, outbox.resolve("jadwal-bansos.pdf"));
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> Files.exists(done));
        assertThat(app.endOffset(app.topics().documents())).as("records on the documents topic").isEqualTo(documents);
        assertThat(app.search(word).get("total").asInt()).isEqualTo(1);
        // later polls find nothing new and write nothing
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> app.endOffset(app.topics().documents()) == documents
                        && app.deadLetters(sourceId).size() == 1);
    }

    @Test
    void aServerShowingAnotherHostKeyIsRefusedAndNothingIsTaken() throws Exception {
        Files.write(outbox.resolve("bansos.txt"), Documents.text("Bantuan Sosial", "Jadwal " + run));
        Path knownHosts = server.knownHostsOfAnotherServer(config.resolve("known_hosts"));

        app = OwnApplication.start(run, sources("        password-file: " + server.passwordFile(
                config.resolve("password")), knownHosts), OwnApplication.ownTopics(run));

        List<DeadLetter> letters = await().atMost(PipelineIT.SEARCHABLE_WITHIN)
                .until(() -> app.deadLetters(sourceId), found -> !found.isEmpty());
        assertThat(letters.get(0).stage()).isEqualTo("connect");
        assertThat(letters.get(0).reason()).startsWith("the SFTP server 127.0.0.1:" + server.port()
                + " showed a host key other than the one " + knownHosts + " holds for it, so nothing was read");
        assertThat(outbox.resolve("bansos.txt")).exists();
        assertThat(outbox.resolve(".done")).doesNotExist();
        // refused at every poll, written once
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> app.deadLetters(sourceId).size() == 1);
    }

    @Test
    void aSourceWithoutAKnownHostsFileDoesNotStart() throws Exception {
        String withoutKnownHosts = sources("        password-file: " + server.passwordFile(config.resolve("password")),
                config.resolve("unused")).replaceAll("(?m)^\\s+known-hosts-file: .*\\n", "");

        assertThatThrownBy(() -> OwnApplication.start(run, withoutKnownHosts, OwnApplication.ownTopics(run)))
                .rootCause().hasMessageContaining("source '" + sourceId + "' (jembatan.sources[0].options"
                        + ".known-hosts-file) is missing: name a known hosts file holding the server's key");
    }
}
