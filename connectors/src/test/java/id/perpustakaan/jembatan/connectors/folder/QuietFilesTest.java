package id.perpustakaan.jembatan.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.fixtures.SettableClock;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuietFilesTest {

    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final long MIN_FREE = 100L * 1_048_576;

    @TempDir
    Path inbox;

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-04T02:00:00Z"));
    private final AtomicLong freeBytes = new AtomicLong(10L * 1_073_741_824);
    private final QuietFiles quietFiles = new QuietFiles(QUIET, MIN_FREE, clock, directory -> freeBytes.get());

    @Test
    void takesAFileOnlyOnceItsSizeAndTimeStayedTheSameForTheQuietPeriod() throws Exception {
        GenericFile<File> file = drop("jadwal.txt", "Jadwal pelayanan");

        assertThat(quietFiles.accept(file)).as("first seen").isFalse();
        clock.advance(Duration.ofMillis(900));
        assertThat(quietFiles.accept(file)).isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(quietFiles.accept(file)).isTrue();
        assertThat(quietFiles.acquireExclusiveReadLock(null, file, null)).isTrue();
    }

    @Test
    void startsTheQuietPeriodAgainWhenTheFileGrows() throws Exception {
        GenericFile<File> file = drop("laporan.pdf", "%PDF-1.7 first half");
        quietFiles.accept(file);
        clock.advance(QUIET);

        append(file, " second half");

        assertThat(quietFiles.accept(file)).isFalse();
        clock.advance(QUIET);
        assertThat(quietFiles.accept(file)).isTrue();
    }

    @Test
    void seesGrowthEvenWhenTheWriterKeepsTheModificationTime() throws Exception {
        // Samba keeps a time a client set explicitly while the client goes on writing
        GenericFile<File> file = drop("salinan.docx", "PK first part");
        FileTime kept = Files.getLastModifiedTime(path(file));
        quietFiles.accept(file);
        clock.advance(QUIET);

        append(file, " and more");
        Files.setLastModifiedTime(path(file), kept);

        assertThat(quietFiles.acquireExclusiveReadLock(null, file, null)).isFalse();
    }

    @Test
    void takesNothingWhileTheDiskIsFullAndWaitsAnotherQuietPeriodOnceSpaceReturns() throws Exception {
        GenericFile<File> file = drop("bansos.xlsx", "PK spreadsheet");
        quietFiles.accept(file);
        clock.advance(QUIET);

        freeBytes.set(MIN_FREE - 1);
        assertThat(quietFiles.accept(file)).isFalse();
        assertThat(quietFiles.acquireExclusiveReadLock(null, file, null)).isFalse();

        freeBytes.set(MIN_FREE);
        assertThat(quietFiles.accept(file)).as("the copy may have been cut short by the full disk").isFalse();
        clock.advance(QUIET);
        assertThat(quietFiles.accept(file)).isTrue();
    }

    @Test
    void triesAFileItsExchangeCouldNotMoveLessOftenEachTime() throws Exception {
        GenericFile<File> file = drop("rahasia.pdf", "%PDF encrypted");
        quietFiles.accept(file);
        clock.advance(QUIET);
        assertThat(quietFiles.acquireExclusiveReadLock(null, file, null)).isTrue();

        quietFiles.releaseExclusiveReadLockOnCommit(null, file, null);

        assertThat(quietFiles.accept(file)).as("paused for one quiet period").isFalse();
        clock.advance(QUIET);
        assertThat(quietFiles.accept(file)).as("seen again, quiet from now").isFalse();
        clock.advance(QUIET);
        assertThat(quietFiles.accept(file)).isTrue();

        quietFiles.releaseExclusiveReadLockOnCommit(null, file, null);
        clock.advance(QUIET);
        assertThat(quietFiles.accept(file)).as("paused twice as long").isFalse();
        clock.advance(QUIET);
        quietFiles.accept(file);
        clock.advance(QUIET);
        assertThat(quietFiles.accept(file)).isTrue();
    }

    @Test
    void forgetsAFileThatWasMovedSoThatTheSameNameDroppedAgainIsTakenAsNew() throws Exception {
        GenericFile<File> file = drop("jadwal.txt", "Jadwal lama");
        quietFiles.accept(file);
        clock.advance(QUIET);
        quietFiles.acquireExclusiveReadLock(null, file, null);
        Files.move(path(file), inbox.resolve("moved.txt"));

        quietFiles.releaseExclusiveReadLockOnCommit(null, file, null);
        GenericFile<File> again = drop("jadwal.txt", "Jadwal baru");

        assertThat(quietFiles.accept(again)).isFalse();
        clock.advance(QUIET);
        assertThat(quietFiles.accept(again)).isTrue();
    }

    private GenericFile<File> drop(String name, String content) throws IOException {
        Path path = Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
        GenericFile<File> file = new GenericFile<>();
        file.setFile(path.toFile());
        return file;
    }

    private static Path path(GenericFile<File> file) {
        return file.getFile().toPath();
    }

    private static void append(GenericFile<File> file, String content) throws IOException {
        Files.writeString(path(file), content, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
