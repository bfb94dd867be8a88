package id.perpustakaan.jembatan.routes.harvest;

import id.perpustakaan.jembatan.connectors.http.Politeness;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.feed.FeedHarvest;
import id.perpustakaan.jembatan.routes.feed.FeedRouteTemplate;
import id.perpustakaan.jembatan.routes.ckan.CkanHarvest;
import id.perpustakaan.jembatan.routes.ckan.CkanRouteTemplate;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import id.perpustakaan.jembatan.routes.jdihn.JdihnHarvest;
import id.perpustakaan.jembatan.routes.jdihn.JdihnRouteTemplate;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.source.RunGate;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.RunHistory;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import id.perpustakaan.jembatan.routes.web.WebHarvest;
import id.perpustakaan.jembatan.routes.web.WebRouteTemplate;
import id.perpustakaan.jembatan.routes.wordpress.WordPressHarvest;
import id.perpustakaan.jembatan.routes.wordpress.WordPressRouteTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The feed, JDIHN, CKAN, WordPress and website run routes with the shared error handling and gate, wired as
 * {@code RoutesConfiguration} wires them; normalising and Kafka are stood in for by a route whose behaviour each test
 * chooses, and dead letters are collected.
 */
final class HarvestRouteHarness implements AutoCloseable {

    interface IngestBehaviour {
        void ingest(RawContent raw) throws Exception;
    }

    /** What reached the stand-in for normalising and publishing, with its body read. */
    record Ingested(RawContent raw, String body) {
    }

    final List<Ingested> ingested = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    final SourceRuns runs;
    final RunGate gate;
    final RepeatedRefusals repeats = new RepeatedRefusals(Clock.systemUTC());
    volatile IngestBehaviour behaviour = raw -> { };

    private final CamelContext camel = new DefaultCamelContext();

    HarvestRouteHarness(SourceDefinition... sources) throws Exception {
        this(sourceId -> Optional.empty(), sources);
    }

    /** As an instance that finds each source's last run, from wherever it ran, in {@code history}. */
    HarvestRouteHarness(RunHistory history, SourceDefinition... sources) throws Exception {
        runs = new SourceRuns(Clock.systemUTC(), history);
        gate = new RunGate(runs);
        var catalog = new SourceCatalog(List.of(sources));
        Clock clock = Clock.systemUTC();
        var policies = new WebPolicies(Politeness.standard(clock));
        var revisions = new KnownRevisions();
        camel.addRoutes(new ErrorHandling(1, Duration.ofMillis(10), runs, repeats, clock));
        var feeds = new FeedHarvest(catalog, policies, revisions, runs, clock);
        camel.addRoutes(new FeedRouteTemplate(feeds, gate, repeats));
        camel.addRoutes(new JdihnRouteTemplate(new JdihnHarvest(catalog, policies, revisions, runs, clock), gate,
                repeats));
        camel.addRoutes(new CkanRouteTemplate(new CkanHarvest(catalog, policies, revisions, runs, clock), gate,
                repeats));
        camel.addRoutes(new WordPressRouteTemplate(new WordPressHarvest(catalog, policies, revisions, runs, feeds,
                clock), gate, repeats));
        camel.addRoutes(new WebRouteTemplate(new WebHarvest(catalog, policies, revisions, clock), gate, repeats));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(NormaliseRoute.INGEST).errorHandler(noErrorHandler()).process(exchange -> {
                    RawContent raw = exchange.getMessage().getBody(RawContent.class);
                    behaviour.ingest(raw);
                    ingested.add(new Ingested(raw, read(raw)));
                });
                from(PublishRoutes.DEADLETTER).process(e -> deadLetters.add(e.getMessage().getBody(DeadLetter.class)));
            }
        });
        camel.start();
    }

    /** Runs the source on the endpoint and returns when the run is over; the exchange tells how it ended. */
    Exchange run(String endpoint, String sourceId) {
        return camel.createProducerTemplate().send(endpoint,
                exchange -> exchange.setProperty(ExchangeFacts.SOURCE_ID, sourceId));
    }

    List<String> ingestedLocators() {
        return ingested.stream().map(i -> i.raw().locator()).toList();
    }

    private static String read(RawContent raw) {
        try (InputStream in = raw.body().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
