package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.publish.ReviewRules;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import org.apache.camel.builder.RouteBuilder;

/** Where every source kind hands over its {@code RawContent}: normalise it, then publish the document. */
public class NormaliseRoute extends RouteBuilder {

    public static final String INGEST = "direct:jembatan-ingest";

    private final Normaliser normaliser;
    private final SourceCatalog sources;
    private final KnownRevisions revisions;
    private final SourceRuns runs;
    private final ReviewRules reviewRules;

    public NormaliseRoute(Normaliser normaliser, SourceCatalog sources, KnownRevisions revisions, SourceRuns runs,
                          ReviewRules reviewRules) {
        this.normaliser = normaliser;
        this.sources = sources;
        this.revisions = revisions;
        this.runs = runs;
        this.reviewRules = reviewRules;
    }

    @Override
    public void configure() {
        from(INGEST).routeId("ingest").errorHandler(noErrorHandler())
                // harvesting starts at once; each item waits here until the harvest memory has been read
                .process(exchange -> revisions.awaitLoaded())
                .bean(normaliser, "normalise")
                // content seen before, in no new place: nothing to tell Kafka
                .filter(exchange -> {
                    Document document = exchange.getMessage().getBody(Document.class);
                    SourceRun.Outcome outcome = revisions.unchanged(document) ? SourceRun.Outcome.UNCHANGED
                            : revisions.knows(document.id()) ? SourceRun.Outcome.CHANGED : SourceRun.Outcome.NEW;
                    // counted for the source that brought it: a document merged into another source's keeps
                    // that one's id
                    runs.item(exchange.getProperty(ExchangeFacts.SOURCE_ID, document.sourceId(), String.class),
                            outcome);
                    return outcome != SourceRun.Outcome.UNCHANGED;
                })
                .process(exchange -> {
                    Document document = exchange.getMessage().getBody(Document.class);
                    exchange.setProperty(ExchangeFacts.PUBLISH_AT_ONCE,
                            reviewRules.publishAtOnce(sources.require(document.sourceId()), document));
                })
                .to(PublishRoutes.PUBLISH)
                .end();
    }
}
