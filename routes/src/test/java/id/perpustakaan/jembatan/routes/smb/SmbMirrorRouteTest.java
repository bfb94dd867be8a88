package id.perpustakaan.jembatan.routes.smb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.fixtures.LocalSamba;
import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorStandIns;
import id.perpustakaan.jembatan.routes.mirror.Removal;
import id.perpustakaan.jembatan.routes.mirror.RemoteMirror;
import id.perpustakaan.jembatan.routes.source.RunGate;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * real Samba server, wired as {@code RoutesConfiguration} wires it; publishing and withdrawing are stood in for by
 * routes that keep the harvest memory as the real ones do once Kafka acknowledged.
 */
class SmbMirrorRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration A_FEW_LOOKS = Duration.ofMillis(1200);
    private static final String SOURCE = "dinsos-share";
    private static final Instant AGENCY_TIME = Instant.parse("2026-12-01T01:00:00Z");

    private static LocalSamba samba;

    private final MirrorStandIns after = new MirrorStandIns();
    private CamelContext camel;
    private Path folder;
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
    void newFilesAreTakenWithTheirSidecarsAndNothingOnTheShareChanges(TestInfo test) throws Exception {
        start(test);
        write("_jembatan.yml", "klasifikasi: berkala\n", 0);
        write("pengumuman.txt", "Pengumuman penerimaan bantuan sosial", 0);
        write("2026/jadwal.txt", "Jadwal penyaluran tahap dua", 0);
        write("2026/jadwal.txt.meta.yml", "judul: Jadwal Penyaluran Bansos\njenis: pengumuman\n", 0);
        write(".tersembunyi/rahasia.txt", "tidak diambil", 0);
        write("draf.txt~", "sementara", 0);
        Map<String, String> before = MirrorStandIns.onDisk(folder);

        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        RawContent jadwal = after.ingested("2026/jadwal.txt");
        assertThat(jadwal.connector()).isEqualTo("smb");
        assertThat(jadwal.fileName()).isEqualTo("jadwal.txt");
        assertThat(jadwal.declared().title()).isEqualTo("Jadwal Penyaluran Bansos");
        assertThat(jadwal.declared().kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
        assertThat(jadwal.movedFrom()).isNull();
        assertThat(after.ingested("pengumuman.txt").declared().klasifikasi()).isEqualTo(Klasifikasi.BERKALA);
        assertThat(after.contents).contains("Jadwal penyaluran tahap dua");

        // unchanged: not taken again at the looks after
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(MirrorStandIns.onDisk(folder)).as("a mirror is only read").isEqualTo(before);
        assertThat(after.removals).isEmpty();
        assertThat(after.deadLetters).isEmpty();
    }

    @Test
    void aChangedFileIsANewRevisionAndAChangedSidecarToo(TestInfo test) throws Exception {
        start(test);
        write("jadwal.txt", "Jadwal lama", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        write("jadwal.txt", "Jadwal baru yang diperbarui", 5);
        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(after.contents.get(1)).isEqualTo("Jadwal baru yang diperbarui");
        write("jadwal.txt.meta.yml", "judul: Jadwal Terbaru\n", 10);
        await().atMost(WAIT).until(() -> after.ingested.size() == 3);

        assertThat(after.ingested.get(2).declared().title()).isEqualTo("Jadwal Terbaru");
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.ingested.size() == 3);
        assertThat(after.removals).isEmpty();
    }

    @Test
    void aRemovedFileIsWithdrawnAndARemovedRegulationWaitsForALibrarian(TestInfo test) throws Exception {
        start(test);
        write("pengumuman.txt", "Pengumuman libur", 0);
        write("perwako.txt", "Peraturan Wali Kota tentang bantuan sosial", 0);
        write("perwako.txt.meta.yml", "jenis: peraturan\n", 0);
        write("tetap.txt", "Tetap ada", 0);
        write("juga-tetap.txt", "Juga tetap ada", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 4);

        Files.delete(folder.resolve("pengumuman.txt"));
        Files.delete(folder.resolve("perwako.txt"));

        await().atMost(WAIT).until(() -> after.removals.size() == 2);
        assertThat(after.removals).extracting(Removal::locator, Removal::regulation, Removal::documentId)
                .containsExactlyInAnyOrder(
                        tuple("pengumuman.txt", false, SourceRef.idOf(SOURCE, "pengumuman.txt")),
                        tuple("perwako.txt", true, SourceRef.idOf(SOURCE, "perwako.txt")));
        // the regulation's request is written once, not at every look while a librarian has not answered
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.removals.size() == 2);
    }

    @Test
    void aMovedFileKeepsItsDocumentAndIsNotWithdrawn(TestInfo test) throws Exception {
        start(test);
        write("jadwal.txt", "Jadwal posyandu bulan Desember", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        Files.createDirectories(folder.resolve("arsip"));
        Files.move(folder.resolve("jadwal.txt"), folder.resolve("arsip/jadwal-posyandu.txt"));

        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(after.ingested.get(1).locator()).isEqualTo("arsip/jadwal-posyandu.txt");
        assertThat(after.ingested.get(1).movedFrom()).isEqualTo("jadwal.txt");
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.removals.isEmpty());
        assertThat(after.revisions.placesOf(SOURCE)).containsOnlyKeys("arsip/jadwal-posyandu.txt");
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

    private void start(TestInfo test) throws Exception {
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
                clock), memory, Duration.ofSeconds(10), new RunGate(runs), repeats));
        var sourceRoutes = new SourceRoutes(catalog, Map.of(SmbSource.KIND, new SmbKind()));
        camel.addRoutes(sourceRoutes);
        // what Camel's Spring Boot starter does once every template is known
        camel.addTemplatedRoutes(sourceRoutes);
        camel.addRoutes(after);
        camel.start();
        camel.getRouteController().startRoute(SourceRoutes.routeId(SOURCE));
    }

    /** Writes a file on the share whose time is a fixed moment plus some seconds, as a copy that keeps times would. */
    private void write(String relative, String content, int secondsLater) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(AGENCY_TIME.plusSeconds(secondsLater)));
    }
}
