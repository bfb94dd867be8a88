package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.RunGate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of feed sources: on the source's schedule, fetch the feed (conditionally), and send each
 * entry that is new or changed to normalisation. A feed that cannot be fetched or read is one dead letter; the
 * next run tries again; one entry's failure does not stop the others. The feed's validators are kept only after
 * the split: an entry that did not reach Kafka (the broker down beyond the retries) fails the run, and the next
 * run reads the feed in full.
 */
public class FeedRouteTemplate extends RouteBuilder {

    public static final String RUN = "direct:jembatan-run-feed";

    private final FeedHarvest harvest;
    private final RunGate gate;
    private final RepeatedRefusals repeats;

    public FeedRouteTemplate(FeedHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        this.harvest = harvest;
        this.gate = gate;
        this.repeats = repeats;
    }

    @Override
    public void configure() {
        routeTemplate(FeedKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:feed-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(RUN);

        // one run of any feed source: on its schedule, or at once when a librarian asks
        from(RUN).routeId("run-feed").routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(gate::leave)
                .end()
                .process(gate::enter)
                .process(harvest::readFeed)
                // the source reads again: a later refusal of it is news
                .process(exchange -> repeats.resolved(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                        exchange.getProperty(ExchangeFacts.LOCATOR, String.class)))
                .split(body())
                    .process(harvest::entryContent)
                    .filter(body().isNotNull())
                        .process(ExchangeFacts::nameItem)
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end()
                .process(harvest::runAcknowledged);
    }
}
