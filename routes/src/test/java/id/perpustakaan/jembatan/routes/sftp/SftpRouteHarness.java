package id.perpustakaan.jembatan.routes.sftp;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
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

/**
 * The SFTP route template with the shared error handling and Camel's real sftp endpoint, wired as
 * {@code RoutesConfiguration} wires them, reading one source; what comes after the intake (normalising, Kafka) is
 * stood in for by a route whose behaviour each test chooses.
 */
final class SftpRouteHarness implements AutoCloseable {

    static final Duration QUIET = Duration.ofMillis(300);
    static final String SOURCE_ID = "dinsos-sftp";

    interface IngestBehaviour {
        void ingest(Exchange exchange) throws Exception;
    }

    final List<RawContent> ingested = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    volatile IngestBehaviour behaviour = exchange -> { };

    private final CamelContext camel = new DefaultCamelContext();

    SftpRouteHarness(String url, Map<String, String> options) throws Exception {
        var source = new SourceDefinition(SOURCE_ID, new Agency("dinsos", "Dinas Sosial"), "sftp", url,
                Duration.ofMillis(100), ReviewPolicy.AUTO, DocumentKind.OTHER, options, null);
        var catalog = new SourceCatalog(List.of(source));
        Clock clock = Clock.systemUTC();
        var repeats = new RepeatedRefusals(clock);
        camel.addRoutes(new ErrorHandling(1, Duration.ofMillis(10), new SourceRuns(clock), repeats, clock));
        camel.addRoutes(new SftpRouteTemplate(catalog, new OutboxIntake(1_048_576, clock), repeats, QUIET, clock));
        var sourceRoutes = new SourceRoutes(catalog, Map.of("sftp", new SftpKind()));
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
        // this instance harvests the source, as the only member of its harvest group would
        camel.getRouteController().startRoute(SourceRoutes.routeId(SOURCE_ID));
    }

    @Override
    public void close() {
        camel.stop();
    }
}
