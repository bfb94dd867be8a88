package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder route template with the shared error handling and the real file component; what comes after the
 * intake (normalising, Kafka) is stood in for by a route whose behaviour each test chooses.
 */
class FolderRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path inbox;

    private CamelContext camel;
    private final List<RawContent> ingested = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile IngestBehaviour behaviour = exchange -> { };

    interface IngestBehaviour {
        void ingest(Exchange exchange) throws Exception;
    }

    @BeforeEach
    void startRoutes() throws Exception {
        var source = new SourceDefinition("disdik-inbox", new Agency("disdik", "Dinas Pendidikan"), "folder",
                inbox.toString(), Duration.ofMillis(100), ReviewPolicy.AUTO, DocumentKind.OTHER);
        var catalog = new SourceCatalog(List.of(source));
        Clock clock = Clock.systemUTC();
        camel = new DefaultCamelContext();
        camel.addRoutes(new ErrorHandling(1, Duration.ofMillis(10), new SourceRuns(clock)));
        camel.addRoutes(new FolderRouteTemplate(new FolderIntake(catalog, new DroppedFile(1_048_576, clock), clock)));
        var sourceRoutes = new SourceRoutes(catalog, Map.of("folder", new FolderKind(Duration.ofMillis(100))));
        camel.addRoutes(sourceRoutes);
        // what Camel's Spring Boot starter does once every template is known
        camel.addTemplatedRoutes(sourceRoutes);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(NormaliseRoute.INGEST).errorHandler(noErrorHandler()).process(exchange -> {
                    attempts.incrementAndGet();
                    behaviour.ingest(exchange);
                    ingested.add(exchange.getMessage().getBody(RawContent.class));
                });
                from(PublishRoutes.DEADLETTER).process(e -> deadLetters.add(e.getMessage().getBody(DeadLetter.class)));
            }
        });
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    @Test
    void movesAFileToDoneOnlyAfterItsDocumentWasPublished() throws Exception {
        List<Boolean> stillInInboxWhilePublishing = new CopyOnWriteArrayList<>();
        behaviour = exchange -> stillInInboxWhilePublishing.add(Files.exists(inbox.resolve("jadwal.txt"))
                && !Files.exists(inbox.resolve(".done/jadwal.txt")));

        drop("jadwal.txt", "Jadwal pelayanan perpustakaan keliling");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/jadwal.txt")));
        assertThat(stillInInboxWhilePublishing).containsExactly(true);
        assertThat(Files.exists(inbox.resolve("jadwal.txt"))).isFalse();
        assertThat(ingested).singleElement().satisfies(raw -> {
            assertThat(raw.sourceId()).isEqualTo("disdik-inbox");
            assertThat(raw.locator()).isEqualTo("jadwal.txt");
            assertThat(raw.connector()).isEqualTo("folder");
        });
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void leavesTheFileInTheInboxAndTriesAgainWhenPublishingFails() throws Exception {
        behaviour = exchange -> {
            throw new IllegalStateException("Kafka unreachable");
        };

        drop("pengumuman.txt", "Pengumuman libur nasional");

        // the first poll and its one retry, then the next poll picks the file up again
        await().atMost(WAIT).until(() -> attempts.get() >= 3);
        assertThat(Files.exists(inbox.resolve("pengumuman.txt"))).isTrue();
        assertThat(inbox.resolve(".done")).doesNotExist();
        assertThat(inbox.resolve(".failed")).doesNotExist();
        assertThat(deadLetters).isEmpty();

        behaviour = exchange -> { };
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/pengumuman.txt")));
    }

    @Test
    void movesARejectedFileToFailedBesideItsReasonAndDeadLettersIt() throws Exception {
        behaviour = exchange -> {
            throw new ContentRejectedException("extract", "encrypted (password required)");
        };

        drop("rahasia.pdf", "not really a pdf");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed/rahasia.pdf")));
        assertThat(Files.readString(inbox.resolve(".failed/rahasia.pdf.reason")))
                .startsWith("encrypted (password required)\nstage: extract\n");
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.sourceId()).isEqualTo("disdik-inbox");
            assertThat(letter.locator()).isEqualTo("rahasia.pdf");
            assertThat(letter.stage()).isEqualTo("extract");
            assertThat(letter.reason()).isEqualTo("encrypted (password required)");
            assertThat(letter.sha256()).hasSize(64);
        });
        assertThat(attempts.get()).as("a rejected item is not retried").isEqualTo(1);
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeReadingThem() throws Exception {
        Files.write(inbox.resolve("besar.pdf"), new byte[2 * 1_048_576]);

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed/besar.pdf.reason")));
        assertThat(Files.readString(inbox.resolve(".failed/besar.pdf.reason")))
                .startsWith("too large: 2.0 MB exceeds the limit of 1.0 MB");
        assertThat(attempts.get()).isZero();
        assertThat(deadLetters).extracting(DeadLetter::stage).containsExactly("fetch");
    }

    @Test
    void ignoresHiddenTemporaryAndLockFiles() throws Exception {
        drop(".tersembunyi.pdf", "hidden");
        drop("~$laporan.docx", "office lock file");
        drop("unduhan.pdf.part", "partial download");
        drop("selesai.txt", "a finished document, dropped last");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/selesai.txt")));
        Thread.sleep(500);
        assertThat(ingested).extracting(RawContent::locator).containsExactly("selesai.txt");
        assertThat(inbox.resolve(".tersembunyi.pdf")).exists();
        assertThat(inbox.resolve("~$laporan.docx")).exists();
        assertThat(inbox.resolve("unduhan.pdf.part")).exists();
    }

    private void drop(String name, String content) throws Exception {
        Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }
}
