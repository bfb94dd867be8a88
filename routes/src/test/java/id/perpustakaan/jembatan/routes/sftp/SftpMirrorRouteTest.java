package id.perpustakaan.jembatan.routes.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.fixtures.LocalSftpServer;
import id.perpustakaan.jembatan.routes.mirror.MirrorContract;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorRemovalsRoute;
import id.perpustakaan.jembatan.routes.mirror.MirrorStandIns;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirror;
import id.perpustakaan.jembatan.routes.source.RunGate;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mirrored SFTP outbox ({@code mode: mirror}) through the real route template and error handling, against Apache
 * MINA SSHD with the same credentials and known hosts checking as a drop outbox: the {@link MirrorContract}, and what
 * only SFTP can get wrong (names JSch reads as patterns, an outbox that cannot be listed, another host key).
 */
class SftpMirrorRouteTest extends MirrorContract {

    private static final String SOURCE = "dinsos-sftp";

    @TempDir
    Path serverRoot;
    @TempDir
    Path config;

    private final CamelContext camel = new DefaultCamelContext();
    private LocalSftpServer server;
    private Path outbox;

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalSftpServer(serverRoot);
        outbox = Files.createDirectory(serverRoot.resolve("outbox"));
        folder = outbox;
    }

    @Override
    protected void start(TestInfo test) throws Exception {
        startWithPassword();
    }

    @Override
    protected String sourceId() {
        return SOURCE;
    }

    @Override
    protected String connector() {
        return "sftp";
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.close();
    }

    @Test
    void aNameWithPatternCharactersIsOnlyItselfAndAKeyWithAPassphraseSignsIn() throws Exception {
        startWithKey();
        // JSch reads '*' and '?' as patterns: each is only itself here
        write("rapat*.txt", "Undangan rapat", 0);
        write("rapat*.txt.meta.yml", "judul: Undangan Rapat\n", 0);
        write("rapat1.txt", "Notulen rapat pertama", 0);
        write("unggahan.txt.part", "sementara", 0);
        Map<String, String> before = MirrorStandIns.onDisk(serverRoot);

        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(after.ingested("rapat*.txt").declared().title()).isEqualTo("Undangan Rapat");
        assertThat(after.ingested("rapat1.txt").declared()).as("rapat*.txt's sidecar is not its").isNull();
        assertThat(after.contents).contains("Undangan rapat", "Notulen rapat pertama");
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(MirrorStandIns.onDisk(serverRoot)).as("a mirror is only read").isEqualTo(before);
        assertThat(after.deadLetters).isEmpty();
    }

    @Test
    void anOutboxThatCannotBeListedWithdrawsNothingAndIsOneDeadLetter() throws Exception {
        startWithPassword();
        write("pengumuman.txt", "Pengumuman", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        Files.move(outbox, serverRoot.resolve("outbox-dipindah"));

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.deadLetters.get(0).reason()).startsWith("the outbox 127.0.0.1:" + server.port()
                + "/outbox cannot be listed").endsWith("nothing was taken or withdrawn");
        assertThat(after.removals).isEmpty();

        // back again: nothing was lost, and nothing is taken twice
        Files.move(serverRoot.resolve("outbox-dipindah"), outbox);
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.removals.isEmpty() && after.ingested.size() == 1);
    }

    @Test
    void aServerShowingAnotherHostKeyIsNotReadAndNothingIsWithdrawn() throws Exception {
        startWithPassword();
        write("pengumuman.txt", "Pengumuman", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        server.knownHostsOfAnotherServer(config.resolve("known_hosts"));
        Files.delete(outbox.resolve("pengumuman.txt"));

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.deadLetters.get(0).stage()).isEqualTo("connect");
        assertThat(after.deadLetters.get(0).reason()).startsWith("the SFTP server 127.0.0.1:" + server.port()
                + " showed a host key other than the one " + config.resolve("known_hosts"));
        assertThat(after.removals).isEmpty();
    }

    private void startWithPassword() throws Exception {
        start(Map.of(SftpSource.PASSWORD_FILE, server.passwordFile(config.resolve("password")).toString()));
    }

    private void startWithKey() throws Exception {
        start(Map.of(
                SftpSource.PRIVATE_KEY_FILE, server.privateKeyWithPassphrase(config.resolve("id_ecdsa")).toString(),
                SftpSource.PRIVATE_KEY_PASSPHRASE_FILE,
                server.passphraseFile(config.resolve("passphrase")).toString()));
    }

    private void start(Map<String, String> credentials) throws Exception {
        Map<String, String> options = new HashMap<>(credentials);
        options.put("mode", "mirror");
        options.put(SftpSource.USERNAME, LocalSftpServer.USER);
        options.put(SftpSource.KNOWN_HOSTS_FILE, server.knownHosts(config.resolve("known_hosts")).toString());
        var source = new SourceDefinition(SOURCE, new Agency("dinsos", "Dinas Sosial"), SftpSource.KIND,
                server.url("outbox"), Duration.ofMillis(150), ReviewPolicy.AUTO, DocumentKind.OTHER, options, null);
        var catalog = new SourceCatalog(List.of(source));
        Clock clock = Clock.systemUTC();
        var runs = new SourceRuns(clock);
        var repeats = new RepeatedRefusals(clock);
        var memory = new MirrorMemory();
        camel.addRoutes(new ErrorHandling(0, Duration.ofMillis(10), runs, repeats, clock));
        camel.addRoutes(new SftpMirrorRouteTemplate(new RemoteMirror(catalog, after.revisions, memory, 1_048_576,
                clock), new RunGate(runs)));
        camel.addRoutes(new MirrorRemovalsRoute(memory, repeats));
        var sourceRoutes = new SourceRoutes(catalog, Map.of(SftpSource.KIND, new SftpKind()));
        camel.addRoutes(sourceRoutes);
        // what Camel's Spring Boot starter does once every template is known
        camel.addTemplatedRoutes(sourceRoutes);
        camel.addRoutes(after);
        camel.start();
        camel.getRouteController().startRoute(SourceRoutes.routeId(SOURCE));
    }
}
