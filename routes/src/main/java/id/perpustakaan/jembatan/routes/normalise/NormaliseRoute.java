package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.publish.ReviewRules;
import id.perpustakaan.jembatan.routes.records.RecordSources;
import id.perpustakaan.jembatan.routes.records.RecordsRoute;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Where every source kind hands over its {@code RawContent}: normalise it, then publish the document; a table of
 * records of a source that maps them goes row by row ({@link RecordsRoute}).
 */
public class NormaliseRoute extends RouteBuilder {

    public static final String INGEST = "direct:jembatan-ingest";
    /** One document's content, past the choice of {@link #INGEST}: a table of records comes back here row by row. */
    public static final String NORMALISE = "direct:jembatan-normalise";
    private static final String MOVED = "JembatanMoved";
    private static final String KEPT_REVISION = "JembatanKeptRevision";

    private final Normaliser normaliser;
    private final SourceCatalog sources;
    private final KnownRevisions revisions;
    private final SourceRuns runs;
    private final ReviewRules reviewRules;
    private final RecordSources records;

    public NormaliseRoute(Normaliser normaliser, SourceCatalog sources, KnownRevisions revisions, SourceRuns runs,
                          ReviewRules reviewRules, RecordSources records) {
        this.records = records;
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
                .choice()
                    .when(exchange -> records.covers(exchange.getMessage().getBody(RawContent.class)))
                        .to(RecordsRoute.RECORDS)
                    .otherwise()
                        .to(NORMALISE)
                .end();

        from(NORMALISE).routeId("normalise").errorHandler(noErrorHandler())
                .process(exchange -> exchange.setProperty(MOVED, exchange.getMessage().getBody(RawContent.class)
                        .movedFrom() != null))
                .bean(normaliser, "normalise")
                .process(this::keepTheRevisionOfAMove)
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
                    // a move changes where the harvest finds it, not what the public or the review desk sees
                    if (exchange.getProperty(KEPT_REVISION, false, Boolean.class)) {
                        exchange.setProperty(ExchangeFacts.PUBLISH_AT_ONCE, false);
                        exchange.setProperty(ExchangeFacts.OUTCOME, "moved; the document keeps its revision");
                        return;
                    }
                    Optional<String> waits = reviewRules.waitsFor(sources.require(document.sourceId()), document);
                    exchange.setProperty(ExchangeFacts.PUBLISH_AT_ONCE, waits.isEmpty());
                    exchange.setProperty(ExchangeFacts.OUTCOME, waits.map(why -> "waiting for review: " + why)
                            .orElse("published"));
                })
                .to(PublishRoutes.PUBLISH)
                .end();
    }

    /**
     * A file moved within its folder, with the content it had, stays the revision it was: the documents topic learns
     * its new place under the same revision number, so the review desk does not see a change to approve again and
     * the public keeps the revision it has.
     */
    private void keepTheRevisionOfAMove(Exchange exchange) {
        if (!exchange.getProperty(MOVED, false, Boolean.class)) {
            return;
        }
        Document document = exchange.getMessage().getBody(Document.class);
        revisions.of(document.id()).filter(seen -> seen.contentHash().equals(document.contentHash()))
                .ifPresent(seen -> {
                    exchange.getMessage().setBody(document.withRevision(seen.revision()));
                    exchange.setProperty(KEPT_REVISION, true);
                });
    }
}
