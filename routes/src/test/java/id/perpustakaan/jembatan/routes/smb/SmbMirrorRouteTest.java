package id.perpustakaan.jembatan.routes.smb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.fixtures.LocalSamba;
import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.mirror.MirrorContract;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorRemovalsRoute;
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
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * A mirrored folder on a Windows share ({@code mode: mirror}) through the real route template, error handling and a
 * real Samba server, wired as {@code RoutesConfiguration} wires it: the {@link MirrorContract}, and what only a share
 * can get wrong (a sign-in refused, a folder gone from the share).
 */
class SmbMirrorRouteTest extends MirrorContract {

    private static final String SOURCE = "dinsos-share";

    private static LocalSamba samba;

    private CamelContext camel;
    private Path passwordFile;

    @BeforeAll
    static void startSamba() throws IOException {
        samba = LocalSamba.start();
    }

    @AfterAll
    static void stopSamba() {
        samba.close();
    }

    @AfterEach
    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void aShareThatCannotBeReadWithdrawsNothingAndIsOneDeadLetter(TestInfo test) throws Exception {
        start(test);
        write("pengumuman.txt", "Pengumuman", 0);
        write("jadwal.txt", "Jadwal", 0);
        write("tetap.txt", "Tetap ada", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 3);

        Files.writeString(passwordFile, "salah");
        Files.delete(folder.resolve("pengumuman.txt"));

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.deadLetters.get(0).reason()).startsWith("the file server 127.0.0.1 refused the sign-in of"
                + " user '" + LocalSamba.user() + "' (STATUS_LOGON_FAILURE)")
                .endsWith("nothing was taken or withdrawn");
        assertThat(after.removals).isEmpty();

        // read again: the removal was only put off
        Files.writeString(passwordFile, LocalSamba.PASSWORD);
        await().atMost(WAIT).until(() -> after.removals.size() == 1);
        assertThat(after.removals.get(0).locator()).isEqualTo("pengumuman.txt");
    }

    @Test
    void aFolderGoneFromTheShareWithdrawsNothing(TestInfo test) throws Exception {
        start(test);
        write("pengumuman.txt", "Pengumuman", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        Files.move(folder, folder.resolveSibling(folder.getFileName() + "-dipindah"));

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        assertThat(after.deadLetters.get(0).reason()).startsWith("there is no folder '"
                + test.getTestMethod().orElseThrow().getName() + "' on the share 'outbox'");
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.removals).isEmpty();
    }

    @Override
    protected String sourceId() {
        return SOURCE;
    }

    @Override
    protected String connector() {
        return "smb";
    }

    @Override
    protected void start(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        String url = samba.url(name);
        folder = samba.shared().resolve(name);
        passwordFile = Files.writeString(samba.shared().getParent().resolve("password-" + name), LocalSamba.PASSWORD);
        var source = new SourceDefinition(SOURCE, new Agency("dinsos", "Dinas Sosial"), SmbSource.KIND, url,
                Duration.ofMillis(150), ReviewPolicy.AUTO, DocumentKind.OTHER, Map.of("mode", "mirror",
                SmbSource.USERNAME, LocalSamba.user(), SmbSource.PASSWORD_FILE, passwordFile.toString()), null);
        var catalog = new SourceCatalog(List.of(source));
        Clock clock = Clock.systemUTC();
        var runs = new SourceRuns(clock);
        var repeats = new RepeatedRefusals(clock);
        var memory = new MirrorMemory();
        camel = new DefaultCamelContext();
        camel.addRoutes(new ErrorHandling(0, Duration.ofMillis(10), runs, repeats, clock));
        camel.addRoutes(new SmbMirrorRouteTemplate(new RemoteMirror(catalog, after.revisions, memory, 1_048_576,
                clock), Duration.ofSeconds(10), new RunGate(runs)));
        camel.addRoutes(new MirrorRemovalsRoute(memory, repeats));
        var sourceRoutes = new SourceRoutes(catalog, Map.of(SmbSource.KIND, new SmbKind()));
        camel.addRoutes(sourceRoutes);
        // what Camel's Spring Boot starter does once every template is known
        camel.addTemplatedRoutes(sourceRoutes);
        camel.addRoutes(after);
        camel.start();
        camel.getRouteController().startRoute(SourceRoutes.routeId(SOURCE));
    }
}
