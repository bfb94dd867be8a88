package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorStandIns;
import id.perpustakaan.jembatan.routes.mirror.Removal;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mirrored folder through the real route, file system and error handling; publishing and withdrawing are stood in
 * for by routes that keep the harvest memory as the real ones do once Kafka acknowledged.
 */
class FolderMirrorRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SOURCE = "disdik-mirror";

    @TempDir
    Path temp;
    private Path folder;
    private final MirrorStandIns after = new MirrorStandIns();
    private final CamelContext camel = new DefaultCamelContext();

    @BeforeEach
    void start() throws Exception {
        folder = Files.createDirectories(temp.resolve("disdik"));
        startRoute(Map.of("mode", "mirror"));
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void newFilesAreTakenWithTheirSidecarsAndLeftWhereTheyAre() throws Exception {
        write("pengumuman.txt", "Pengumuman penerimaan siswa baru", 0);
        write("2026/jadwal.txt", "Jadwal ujian semester", 0);
        write("2026/jadwal.txt.meta.yml", "judul: Jadwal Ujian Semester Genap\njenis: pengumuman\n", 0);
        write(".tersembunyi/rahasia.txt", "tidak diambil", 0);
        write("draf.txt~", "sementara", 0);

        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(after.ingested).extracting(RawContent::locator)
                .containsExactlyInAnyOrder("pengumuman.txt", "2026/jadwal.txt");
        RawContent jadwal = after.ingested.stream().filter(raw -> raw.locator().equals("2026/jadwal.txt")).findFirst()
                .orElseThrow();
        assertThat(jadwal.declared().title()).isEqualTo("Jadwal Ujian Semester Genap");
        assertThat(jadwal.movedFrom()).isNull();
        assertThat(Files.exists(folder.resolve("pengumuman.txt"))).isTrue();
        assertThat(folder.resolve(".done")).doesNotExist();

        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(after.removals).isEmpty();
        assertThat(after.deadLetters).isEmpty();
    }

    @Test
    void aChangedFileIsTakenAgainAndAChangedSidecarToo() throws Exception {
        write("jadwal.txt", "Jadwal lama", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        write("jadwal.txt", "Jadwal baru yang diperbarui", 5);
        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        write("jadwal.txt.meta.yml", "judul: Jadwal Terbaru\n", 10);
        await().atMost(WAIT).until(() -> after.ingested.size() == 3);

        assertThat(after.ingested.get(2).declared().title()).isEqualTo("Jadwal Terbaru");
        assertThat(after.removals).isEmpty();
    }

    @Test
    void aRemovedFileIsWithdrawnOnceAndARemovedRegulationIsMarkedForSignOff() throws Exception {
        write("pengumuman.txt", "Pengumuman libur", 0);
        write("perwako.txt", "Peraturan Wali Kota", 0);
        write("perwako.txt.meta.yml", "jenis: peraturan\n", 0);
        write("tetap.txt", "Tetap ada", 0);
        write("juga-tetap.txt", "Juga tetap ada", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 4);

        Files.delete(folder.resolve("pengumuman.txt"));
        Files.delete(folder.resolve("perwako.txt"));

        await().atMost(WAIT).until(() -> after.removals.size() == 2);
        // the regulation's place stays known until a librarian answers: asked once, not at every look
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> after.removals.size() == 2);
        assertThat(after.removals).extracting(Removal::locator, Removal::regulation)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("pengumuman.txt", false),
                        org.assertj.core.groups.Tuple.tuple("perwako.txt", true));
        assertThat(after.removals).extracting(Removal::documentId).containsExactlyInAnyOrder(
                SourceRef.idOf(SOURCE, "pengumuman.txt"), SourceRef.idOf(SOURCE, "perwako.txt"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> after.removals.size() == 2);
    }

    @Test
    void aMovedFileKeepsItsDocumentAndIsNotWithdrawn() throws Exception {
        write("jadwal.txt", "Jadwal posyandu bulan Desember", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        Files.createDirectories(folder.resolve("arsip"));
        Files.move(folder.resolve("jadwal.txt"), folder.resolve("arsip/jadwal-posyandu.txt"));

        await().atMost(WAIT).until(() -> after.ingested.size() == 2);
        assertThat(after.ingested.get(1).locator()).isEqualTo("arsip/jadwal-posyandu.txt");
        assertThat(after.ingested.get(1).movedFrom()).isEqualTo("jadwal.txt");
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> after.removals.isEmpty());
        assertThat(after.revisions.placesOf(SOURCE)).containsOnlyKeys("arsip/jadwal-posyandu.txt");
    }

    @Test
    void aFileThatCouldNotBePublishedIsTakenAgainAndABrokenOneIsRefusedOnce() throws Exception {
        after.kafkaAway.set(true);
        write("pengumuman.txt", "Pengumuman", 0);
        write("rusak.txt", "Isi", 0);
        write("rusak.txt.meta.yml", "jenis: poster\n", 0);

        await().atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.deadLetters.get(0).reason()).contains("rusak.txt.meta.yml", "line 1", "'poster' is not a kind");
        after.kafkaAway.set(false);

        await().atMost(WAIT).until(() -> after.ingested.size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT)
                .until(() -> after.deadLetters.size() == 1 && after.ingested.size() == 1);
        assertThat(Files.exists(folder.resolve("rusak.txt"))).as("a mirror is only read").isTrue();
    }

    @Test
    void aFolderThatIsNotThereWithdrawsNothingAndSaysWhatToDo() throws Exception {
        write("pengumuman.txt", "Pengumuman", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        Files.move(folder, temp.resolve("dilepas"));

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        assertThat(after.deadLetters.get(0).reason()).contains("is not there (not mounted, or moved)",
                "nothing was taken or withdrawn");
        assertThat(after.removals).isEmpty();
    }

    @Test
    void emptyingMostOfTheFolderAtOnceIsHeldBackWithAReason() throws Exception {
        for (int i = 0; i < 4; i++) {
            write("berkas-" + i + ".txt", "Isi berkas nomor " + i, 0);
        }
        await().atMost(WAIT).until(() -> after.ingested.size() == 4);

        for (int i = 0; i < 3; i++) {
            Files.delete(folder.resolve("berkas-" + i + ".txt"));
        }

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        assertThat(after.deadLetters.get(0).reason()).startsWith("3 of the 4 documents of this source are gone");
        assertThat(after.removals).isEmpty();
    }

    private void startRoute(Map<String, String> options) throws Exception {
        Clock clock = Clock.systemUTC();
        var source = new SourceDefinition(SOURCE, new Agency("disdik", "Dinas Pendidikan"), "folder",
                folder.toString(), Duration.ofMillis(100), ReviewPolicy.AUTO, DocumentKind.OTHER, options, null);
        var catalog = new SourceCatalog(List.of(source));
        camel.addRoutes(new ErrorHandling(0, Duration.ofMillis(10), new SourceRuns(clock),
                new RepeatedRefusals(clock), clock));
        MirrorMemory memory = new MirrorMemory();
        camel.addRoutes(new FolderMirrorRouteTemplate(new FolderMirror(catalog, after.revisions, memory,
                new DroppedFile(1_048_576, clock)), memory, 2));
        var sourceRoutes = new SourceRoutes(catalog, Map.of("folder", new FolderKind()));
        camel.addRoutes(sourceRoutes);
        camel.addTemplatedRoutes(sourceRoutes);
        camel.addRoutes(after);
        camel.start();
        camel.getRouteController().startRoute(SourceRoutes.routeId(SOURCE));
    }

    /** Writes a file whose time is a fixed moment plus some seconds, as a copy that keeps times would. */
    private void write(String relative, String content, int secondsLater) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T01:00:00Z")
                .plusSeconds(secondsLater)));
    }
}
