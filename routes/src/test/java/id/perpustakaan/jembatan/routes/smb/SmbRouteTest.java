package id.perpustakaan.jembatan.routes.smb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.fixtures.LocalSamba;
import id.perpustakaan.jembatan.connectors.smb.ShareFileReader;
import id.perpustakaan.jembatan.connectors.smb.ShareSightings;
import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What happens to a file an agency puts on its Windows share, from being listed to being moved on the share: the
 * smb route template with the shared error handling against a real Samba server, wired as
 * {@code RoutesConfiguration} wires it; what comes after (normalising, Kafka) is stood in for by a route whose
 * behaviour each test chooses.
 */
class SmbRouteTest {

    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(20);

    interface IngestBehaviour {
        void ingest(Exchange exchange) throws Exception;
    }

    private static LocalSamba samba;

    private final List<RawContent> ingested = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile IngestBehaviour behaviour = exchange -> { };
    private CamelContext camel;
    private Path folder;

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
    void movesAFileToDoneOnTheShareOnlyAfterItsDocumentWasPublished(TestInfo test) throws Exception {
        start(test, LocalSamba.PASSWORD);
        List<Boolean> stillInPlaceWhilePublishing = new CopyOnWriteArrayList<>();
        behaviour = exchange -> stillInPlaceWhilePublishing.add(Files.exists(folder.resolve("jadwal.txt"))
                && !Files.exists(folder.resolve(".done/jadwal.txt")));

        Files.writeString(folder.resolve("jadwal.txt"), "Jadwal pelayanan perpustakaan keliling");

        await().atMost(WAIT).until(() -> Files.exists(folder.resolve(".done/jadwal.txt")));
        assertThat(stillInPlaceWhilePublishing).containsExactly(true);
        assertThat(folder.resolve("jadwal.txt")).doesNotExist();
        assertThat(ingested).singleElement().satisfies(raw -> {
            assertThat(raw.sourceId()).isEqualTo("dinsos-share");
            assertThat(raw.locator()).isEqualTo("jadwal.txt");
            assertThat(raw.connector()).isEqualTo("smb");
            assertThat(raw.size()).isEqualTo(38);
        });
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aSidecarOnTheShareSaysWhatTheFileIsAndFollowsIt(TestInfo test) throws Exception {
        start(test, LocalSamba.PASSWORD);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("_jembatan.yml"), "klasifikasi: berkala\n");
        Files.writeString(folder.resolve("jadwal.txt.meta.yml"), "judul: Jadwal Layanan\njenis: pengumuman\n");
        Files.writeString(folder.resolve("jadwal.txt"), "Jadwal pelayanan perpustakaan keliling");
        Files.writeString(folder.resolve("rusak.txt.meta.json"), "{\"jenis\": \"poster\"}");
        Files.writeString(folder.resolve("rusak.txt"), "Catatan");

        await().atMost(WAIT).until(() -> Files.exists(folder.resolve(".done/jadwal.txt.meta.yml"))
                && Files.exists(folder.resolve(".failed/rusak.txt.meta.json")));
        assertThat(ingested).singleElement().satisfies(raw -> {
            assertThat(raw.declared().title()).isEqualTo("Jadwal Layanan");
            assertThat(raw.declared().kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
            assertThat(raw.declared().klasifikasi()).isEqualTo(Klasifikasi.BERKALA);
        });
        assertThat(folder.resolve(".done/jadwal.txt")).exists();
        assertThat(folder.resolve("_jembatan.yml")).as("the folder's sidecar stays").exists();
        assertThat(Files.readString(folder.resolve(".failed/rusak.txt.reason")))
                .startsWith("the sidecar rusak.txt.meta.json, line 1: 'poster' is not a kind");
    }

    @Test
    void refusesAnEmptyFileIntoFailedWithItsReasonOnTheShare(TestInfo test) throws Exception {
        start(test, LocalSamba.PASSWORD);

        Files.write(folder.resolve("kosong.pdf"), new byte[0]);

        await().atMost(WAIT).until(() -> Files.exists(folder.resolve(".failed/kosong.pdf")));
        assertThat(Files.readString(folder.resolve(".failed/kosong.pdf.reason")))
                .startsWith("empty file (0 bytes)\nstage: fetch\nat: ").endsWith("file: kosong.pdf\n");
        assertThat(folder.resolve("kosong.pdf")).doesNotExist();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.sourceId()).isEqualTo("dinsos-share");
            assertThat(letter.reason()).isEqualTo("empty file (0 bytes)");
        });
        assertThat(ingested).isEmpty();
    }

    @Test
    void leavesTheFileOnTheShareAndTakesItAgainWhenPublishingFails(TestInfo test) throws Exception {
        start(test, LocalSamba.PASSWORD);
        behaviour = exchange -> {
            throw new IllegalStateException("Kafka unreachable");
        };

        Files.writeString(folder.resolve("pengumuman.txt"), "Pengumuman libur nasional");

        // the first try and its one retry, then a later run takes the file again
        await().atMost(WAIT).until(() -> attempts.get() >= 3);
        assertThat(folder.resolve("pengumuman.txt")).exists();
        assertThat(folder.resolve(".done")).doesNotExist();
        assertThat(folder.resolve(".failed")).doesNotExist();
        assertThat(deadLetters).isEmpty();

        behaviour = exchange -> { };
        await().atMost(WAIT).until(() -> Files.exists(folder.resolve(".done/pengumuman.txt")));
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aRefusedFileWhoseReasonCannotBeWrittenStaysOnTheShare(TestInfo test) throws Exception {
        start(test, LocalSamba.PASSWORD);
        // a file where the folder .failed should be: nothing can be written in it
        Files.writeString(folder.resolve(".failed"), "bukan folder");

        Files.write(folder.resolve("kosong.pdf"), new byte[0]);

        await().atMost(WAIT).until(() -> deadLetters.size() == 1);
        await().during(QUIET.multipliedBy(3)).atMost(WAIT).until(() -> Files.exists(folder.resolve("kosong.pdf")));

        Files.delete(folder.resolve(".failed"));
        await().atMost(WAIT).until(() -> Files.exists(folder.resolve(".failed/kosong.pdf")));
        assertThat(folder.resolve(".failed/kosong.pdf.reason")).exists();
        assertThat(deadLetters).as("refused again for the same reason: counted, not written again").hasSize(1);
    }

    @Test
    void aWrongPasswordIsOneDeadLetterSayingWhatToCheck(TestInfo test) throws Exception {
        start(test, "salah");

        Files.writeString(folder.resolve("jadwal.txt"), "Jadwal pelayanan");

        await().atMost(WAIT).until(() -> !deadLetters.isEmpty());
        await().during(QUIET.multipliedBy(3)).atMost(WAIT).until(() -> deadLetters.size() == 1);
        assertThat(deadLetters.get(0).reason()).isEqualTo("the file server 127.0.0.1 refused the sign-in of user '"
                + LocalSamba.user() + "' (STATUS_LOGON_FAILURE): check username and domain, and the password in "
                + folder.getParent().getParent().resolve("password-" + test.getTestMethod().orElseThrow().getName()));
        assertThat(folder.resolve("jadwal.txt")).exists();
        assertThat(ingested).isEmpty();
    }

    private void start(TestInfo test, String password) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        String url = samba.url(name);
        folder = samba.shared().resolve(name);
        Path passwordFile = Files.writeString(samba.shared().getParent().resolve("password-" + name), password);
        var source = new SourceDefinition("dinsos-share", new Agency("dinsos", "Dinas Sosial"), SmbSource.KIND, url,
                Duration.ofMillis(200), ReviewPolicy.AUTO, DocumentKind.OTHER, Map.of(
                SmbSource.USERNAME, LocalSamba.user(), SmbSource.PASSWORD_FILE, passwordFile.toString()), null);
        var catalog = new SourceCatalog(List.of(source));
        Clock clock = Clock.systemUTC();
        var runs = new SourceRuns(clock);
        var repeats = new RepeatedRefusals(clock);
        camel = new DefaultCamelContext();
        camel.addRoutes(new ErrorHandling(1, Duration.ofMillis(10), runs, repeats, clock));
        camel.addRoutes(new SmbRouteTemplate(new SmbHarvest(catalog, new ShareFileReader(1_048_576, clock),
                new ShareSightings(QUIET, clock), 1_048_576, Duration.ofSeconds(10), clock), new RunGate(runs),
                repeats));
        var sourceRoutes = new SourceRoutes(catalog, Map.of(SmbSource.KIND, new SmbKind()));
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
        camel.getRouteController().startRoute(SourceRoutes.routeId(source.id()));
    }
}
