package id.perpustakaan.jembatan.routes.folder;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.folder.FolderDisposition;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.QuietFiles;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.PrintableLogLines;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.LoggerFactory;

/**
 * The folder route template with the shared error handling, the real file component and {@link QuietFiles}, wired
 * as {@code RoutesConfiguration} wires them; what comes after the intake (normalising, Kafka) is stood in for by a
 * route whose behaviour each test chooses. The disk's free space and the writing of reasons can be made to fail.
 */
final class FolderRouteHarness implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(300);
    static final long MIN_FREE = 100L * 1_048_576;

    interface IngestBehaviour {
        void ingest(Exchange exchange) throws Exception;
    }

    final Path inbox;
    final List<RawContent> ingested = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    final RepeatedRefusals repeats = new RepeatedRefusals(Clock.systemUTC());
    final AtomicLong freeBytes = new AtomicLong(10L * 1_073_741_824);
    volatile IngestBehaviour behaviour = exchange -> { };
    /** While set, writing a reason fails as on a full disk. */
    volatile boolean diskFull;

    private final CamelContext camel = new DefaultCamelContext();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    FolderRouteHarness(Path inbox) throws Exception {
        this.inbox = inbox;
        logs.start();
        root().addAppender(logs);
        var source = new SourceDefinition("disdik-inbox", new Agency("disdik", "Dinas Pendidikan"), "folder",
                inbox.toString(), Duration.ofMillis(100), ReviewPolicy.AUTO, DocumentKind.OTHER);
        var catalog = new SourceCatalog(List.of(source));
        Clock clock = Clock.systemUTC();
        camel.getRegistry().bind(FolderSource.QUIET_FILES,
                new QuietFiles(QUIET, MIN_FREE, clock, directory -> freeBytes.get()));
        // what Camel's Spring Boot starter does with LogListener beans
        camel.getCamelContextExtension().addLogListener(new PrintableLogLines());
        camel.addRoutes(new ErrorHandling(1, Duration.ofMillis(10), new SourceRuns(clock), repeats, clock));
        FolderDisposition.ReasonWriter reasons = (reason, text) -> {
            if (diskFull) {
                throw new IOException("No space left on device");
            }
            FolderDisposition.FILE_SYSTEM.write(reason, text);
        };
        camel.addRoutes(new FolderRouteTemplate(
                new FolderIntake(catalog, new DroppedFile(1_048_576, clock), reasons, clock), 2));
        var sourceRoutes = new SourceRoutes(catalog, Map.of("folder", new FolderKind()));
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
        // this instance harvests every source, as the only member of its harvest group would
        for (var harvested : catalog.all()) {
            camel.getRouteController().startRoute(SourceRoutes.routeId(harvested.id()));
        }
    }

    Path drop(String name, String content) throws IOException {
        return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** What was logged at INFO or above, as it would be printed. */
    List<String> loggedLines() {
        return logs.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    List<ILoggingEvent> loggedBy(Class<?> type) {
        return logs.list.stream().filter(event -> event.getLoggerName().equals(type.getName())).toList();
    }

    @Override
    public void close() {
        camel.stop();
        root().detachAppender(logs);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
