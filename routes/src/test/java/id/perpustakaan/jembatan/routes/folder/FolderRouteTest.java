package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.RawContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelExchangeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/** What happens to a file dropped into a folder source's inbox, from being taken to being moved. */
class FolderRouteTest extends FolderRouteCase {

    @Test
    void movesAFileToDoneOnlyAfterItsDocumentWasPublished() throws Exception {
        List<Boolean> stillInInboxWhilePublishing = new CopyOnWriteArrayList<>();
        route.behaviour = exchange -> stillInInboxWhilePublishing.add(Files.exists(inbox.resolve("jadwal.txt"))
                && !Files.exists(inbox.resolve(".done/jadwal.txt")));

        route.drop("jadwal.txt", "Jadwal pelayanan perpustakaan keliling");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/jadwal.txt")));
        assertThat(stillInInboxWhilePublishing).containsExactly(true);
        assertThat(Files.exists(inbox.resolve("jadwal.txt"))).isFalse();
        assertThat(route.ingested).singleElement().satisfies(raw -> {
            assertThat(raw.sourceId()).isEqualTo("disdik-inbox");
            assertThat(raw.locator()).isEqualTo("jadwal.txt");
            assertThat(raw.connector()).isEqualTo("folder");
        });
        assertThat(route.deadLetters).isEmpty();
    }

    @Test
    void leavesTheFileInTheInboxAndTriesAgainWhenPublishingFails() throws Exception {
        route.behaviour = exchange -> {
            throw new IllegalStateException("Kafka unreachable");
        };

        route.drop("pengumuman.txt", "Pengumuman libur nasional");

        // the first poll and its one retry, then a later poll picks the file up again
        await().atMost(WAIT).until(() -> route.attempts.get() >= 3);
        assertThat(Files.exists(inbox.resolve("pengumuman.txt"))).isTrue();
        assertThat(inbox.resolve(".done")).doesNotExist();
        assertThat(inbox.resolve(".failed")).doesNotExist();
        assertThat(route.deadLetters).isEmpty();

        route.behaviour = exchange -> { };
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/pengumuman.txt")));
    }

    @Test
    void movesARejectedFileToFailedBesideItsReasonAndDeadLettersIt() throws Exception {
        route.behaviour = exchange -> {
            throw new ContentRejectedException("extract", "encrypted (password required)");
        };

        route.drop("rahasia.pdf", "not really a pdf");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed/rahasia.pdf")));
        assertThat(Files.readString(inbox.resolve(".failed/rahasia.pdf.reason")))
                .startsWith("encrypted (password required)\nstage: extract\n")
                .endsWith("file: rahasia.pdf\n");
        assertThat(route.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.sourceId()).isEqualTo("disdik-inbox");
            assertThat(letter.locator()).isEqualTo("rahasia.pdf");
            assertThat(letter.stage()).isEqualTo("extract");
            assertThat(letter.reason()).isEqualTo("encrypted (password required)");
            assertThat(letter.sha256()).hasSize(64);
        });
        assertThat(route.attempts.get()).as("a rejected item is not retried").isEqualTo(1);
    }

    @Test
    void aDocumentKafkaRefusesAsTooLargeMovesItsFileToFailedWithTheReason() throws Exception {
        // as the Kafka component reports it: the producer's refusal, wrapped
        route.behaviour = exchange -> {
            throw new CamelExchangeException("send failed", exchange, new RecordTooLargeException("The message is"
                    + " 9437306 bytes when serialized which is larger than 8388608, which is the value of the"
                    + " max.request.size configuration."));
        };

        route.drop("laporan-tahunan.pdf", "a long report");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed/laporan-tahunan.pdf")));
        assertThat(Files.exists(inbox.resolve(".done/laporan-tahunan.pdf"))).isFalse();
        assertThat(Files.readString(inbox.resolve(".failed/laporan-tahunan.pdf.reason")))
                .startsWith("too large to publish: the document is 9437306 bytes after extraction, Kafka takes"
                        + " 8388608 (jembatan.kafka.max-message-bytes): split the file, or raise the limit on the"
                        + " broker and in Jembatan\nstage: publish\n");
        assertThat(route.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo("publish");
            assertThat(letter.reason()).startsWith("too large to publish: the document is 9437306 bytes");
        });
        assertThat(route.attempts.get()).as("trying again gives the same answer").isEqualTo(1);
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeReadingThem() throws Exception {
        Files.write(inbox.resolve("besar.pdf"), new byte[2 * 1_048_576]);

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed/besar.pdf.reason")));
        assertThat(Files.readString(inbox.resolve(".failed/besar.pdf.reason")))
                .startsWith("too large: 2.0 MB exceeds the limit of 1.0 MB");
        assertThat(route.attempts.get()).isZero();
        assertThat(route.deadLetters).extracting(DeadLetter::stage).containsExactly("fetch");
    }

    @Test
    void ignoresHiddenTemporaryAndLockFiles() throws Exception {
        route.drop(".tersembunyi.pdf", "hidden");
        route.drop("~$laporan.docx", "office lock file");
        route.drop("unduhan.pdf.part", "partial download");
        route.drop("selesai.txt", "a finished document, dropped last");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/selesai.txt")));
        await().during(Duration.ofMillis(500)).atMost(WAIT)
                .until(() -> route.ingested.stream().map(RawContent::locator).toList(), List.of("selesai.txt")::equals);
        assertThat(inbox.resolve(".tersembunyi.pdf")).exists();
        assertThat(inbox.resolve("~$laporan.docx")).exists();
        assertThat(inbox.resolve("unduhan.pdf.part")).exists();
    }

    @Test
    void takesAFileStillGrowingOnlyOnceItStayedTheSameForTheQuietPeriod() throws Exception {
        Path file = route.drop("laporan-tahunan.txt", "Laporan tahunan perpustakaan\n");
        ScheduledExecutorService copier = Executors.newSingleThreadScheduledExecutor();
        try {
            // a slow copy: a line every 50 ms, faster than the quiet period of 300 ms
            copier.scheduleAtFixedRate(() -> {
                try {
                    Files.writeString(file, "baris berikutnya\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 50, 50, TimeUnit.MILLISECONDS);

            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> route.attempts.get() == 0);
        } finally {
            copier.shutdownNow();
            copier.awaitTermination(5, TimeUnit.SECONDS);
        }
        long copied = Files.size(file);

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/laporan-tahunan.txt")));
        assertThat(route.ingested).singleElement().satisfies(raw -> assertThat(raw.size()).isEqualTo(copied));
    }
}
