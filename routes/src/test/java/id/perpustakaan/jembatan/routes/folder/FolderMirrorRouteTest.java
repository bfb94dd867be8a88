package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.mirror.MirrorContract;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorRemovalsRoute;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mirrored local folder through the real route, file system and error handling: the {@link MirrorContract}, and
 * what the folder kind shows best (Kafka away, a broken sidecar, a folder not mounted, most of it emptied at once).
 */
class FolderMirrorRouteTest extends MirrorContract {

    private static final String SOURCE = "disdik-mirror";

    @TempDir
    Path temp;
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Override
    protected String sourceId() {
        return SOURCE;
    }

    @Override
    protected String connector() {
        return "folder";
    }

    @Test
    void aFileThatCouldNotBePublishedIsTakenAgainAndABrokenOneIsRefusedOnce(TestInfo test) throws Exception {
        start(test);
        after.kafkaAway.set(true);
        write("pengumuman.txt", "Pengumuman", 0);
        write("rusak.txt", "Isi", 0);
        write("rusak.txt.meta.yml", "jenis: poster\n", 0);

        await().atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.deadLetters.get(0).reason()).contains("rusak.txt.meta.yml", "line 1", "'poster' is not a kind");
        after.kafkaAway.set(false);

        await().atMost(WAIT).until(() -> after.ingested.size() == 1);
        await().during(A_FEW_LOOKS).atMost(WAIT)
                .until(() -> after.deadLetters.size() == 1 && after.ingested.size() == 1);
        assertThat(Files.exists(folder.resolve("rusak.txt"))).as("a mirror is only read").isTrue();
    }

    @Test
    void aFolderThatIsNotThereWithdrawsNothingAndSaysWhatToDo(TestInfo test) throws Exception {
        start(test);
        write("pengumuman.txt", "Pengumuman", 0);
        await().atMost(WAIT).until(() -> after.ingested.size() == 1);

        Files.move(folder, temp.resolve("dilepas"));

        await().atMost(WAIT).until(() -> !after.deadLetters.isEmpty());
        assertThat(after.deadLetters.get(0).reason()).contains("is not there (not mounted, or moved)",
                "nothing was taken or withdrawn");
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.deadLetters.size() == 1);
        assertThat(after.removals).isEmpty();

        // mounted again, then gone again: news once more, after a look that went through
        Files.move(temp.resolve("dilepas"), folder);
        await().during(A_FEW_LOOKS).atMost(WAIT).until(() -> after.removals.isEmpty());
        Files.move(folder, temp.resolve("dilepas"));
        await().atMost(WAIT).until(() -> after.deadLetters.size() == 2);
        assertThat(after.removals).isEmpty();
    }

    @Test
    void emptyingMostOfTheFolderAtOnceIsHeldBackWithAReason(TestInfo test) throws Exception {
        start(test);
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

    @Override
    protected void start(TestInfo test) throws Exception {
        folder = Files.createDirectories(temp.resolve("disdik"));
        Clock clock = Clock.systemUTC();
        var source = new SourceDefinition(SOURCE, new Agency("disdik", "Dinas Pendidikan"), "folder",
                folder.toString(), Duration.ofMillis(100), ReviewPolicy.AUTO, DocumentKind.OTHER,
                Map.of("mode", "mirror"), null);
        var catalog = new SourceCatalog(List.of(source));
        var repeats = new RepeatedRefusals(clock);
        camel.addRoutes(new ErrorHandling(0, Duration.ofMillis(10), new SourceRuns(clock), repeats, clock));
        MirrorMemory memory = new MirrorMemory();
        camel.addRoutes(new FolderMirrorRouteTemplate(new FolderMirror(catalog, after.revisions, memory,
                new DroppedFile(1_048_576, clock)), 2));
        camel.addRoutes(new MirrorRemovalsRoute(memory, repeats));
        var sourceRoutes = new SourceRoutes(catalog, Map.of("folder", new FolderKind()));
        camel.addRoutes(sourceRoutes);
        camel.addTemplatedRoutes(sourceRoutes);
        camel.addRoutes(after);
        camel.start();
        camel.getRouteController().startRoute(SourceRoutes.routeId(SOURCE));
    }
}
