package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of feed sources: on the source's schedule, fetch the feed (conditionally), and send each
 * entry that is new or changed to normalisation. A feed that cannot be fetched or read is one dead letter; the
 * next run tries again; one entry's failure does not stop the others.
 */
public class FeedRouteTemplate extends RouteBuilder {

    public static final String RUN = "direct:jembatan-run-feed";

    private final FeedHarvest harvest;
    private final SourceRuns runs;

    public FeedRouteTemplate(FeedHarvest harvest, SourceRuns runs) {
        this.harvest = harvest;
        this.runs = runs;
    }

    @Override
    public void configure() {
        routeTemplate(FeedKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:feed-{{sourceId}}?{{scheduling}}")
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(RUN);

        // one run of any feed source: on its schedule, or at once when a librarian asks
        from(RUN).routeId("run-feed").routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(exchange -> runs.finished(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class)))
                .end()
                .process(exchange -> runs.started(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class)))
                .process(harvest)
                .split(body())
                    .process(ExchangeFacts::nameItem)
                    .to(NormaliseRoute.INGEST)
                .end();
    }
}
