package id.perpustakaan.jembatan.routes.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What a mirrored folder does whatever holds it (a local folder, a Windows share, an SFTP server): new files are
 * taken with their sidecars' facts and the folder is left as it was, a changed file or sidecar is taken again, a
 * removed file is withdrawn and a removed regulation asked about once, a moved file keeps its document. Each kind's
 * test starts its route on a folder of the test's own, through its real server, with the stand-ins of
 * {@link MirrorStandIns} after it, and adds what only that kind can get wrong.
 */
public abstract class MirrorContract {

    protected static final Duration WAIT = Duration.ofSeconds(20);
    /** Several looks of a source looking every 150 ms or less. */
    protected static final Duration A_FEW_LOOKS = Duration.ofMillis(1200);
    private static final Instant AGENCY_TIME = Instant.parse("2026-12-01T01:00:00Z");

    protected final MirrorStandIns after = new MirrorStandIns();
    /** The folder behind the mirror, as the agency's staff see it; set by {@link #start}. */
    protected Path folder;

    /** Starts the kind's route, looking at a new folder of this test's own, and sets {@link #folder}. */
    protected abstract void start(TestInfo test) throws Exception;

    protected abstract String sourceId();

    /** What the kind's content names as its connector. */
    protected abstract String connector();

    @Test
    void newFilesAreTakenWithTheirSidecarsAndTheFolderIsLeftAsItWas(TestInfo test) throws Exception {
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
        assertThat(jadwal.connector()).isEqualTo(connector());
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
    void aChangedFileIsTakenAgainAndAChangedSidecarToo(TestInfo test) throws Exception {
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
    void aRemovedFileIsWithdrawnAndARemovedRegulationIsAskedAboutOnce(TestInfo test) throws Exception {
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
                        tuple("pengumuman.txt", false, SourceRef.idOf(sourceId(), "pengumuman.txt")),
                        tuple("perwako.txt", true, SourceRef.idOf(sourceId(), "perwako.txt")));
        // the regulation's place stays known until a librarian answers: asked once, not at every look
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
        assertThat(after.revisions.placesOf(sourceId())).containsOnlyKeys("arsip/jadwal-posyandu.txt");
    }

    /** Writes a file into the folder with a fixed time plus some seconds, as a copy that keeps times would. */
    protected void write(String relative, String content, int secondsLater) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(AGENCY_TIME.plusSeconds(secondsLater)));
    }
}
