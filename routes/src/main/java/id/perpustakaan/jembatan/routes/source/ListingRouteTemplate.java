package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of the kinds that read a listing at each run (feeds, JDIHN feeds, CKAN portals): on the
 * source's schedule, or at once when a librarian asks, read the listing, then send each item that is new or changed
 * to normalisation, one at a time so that one item's failure costs that item only; last, once every item reached
 * Kafka or its own dead letter, let the kind keep what the run saw (validators, the latest change) for the next one.
 * A listing that cannot be read is one dead letter, and the next run tries again.
 */
public class ListingRouteTemplate extends RouteBuilder {

    private final String kind;
    private final String run;
    private final Processor readListing;
    private final Processor itemContent;
    private final Processor runAcknowledged;
    private final RunGate gate;
    private final RepeatedRefusals repeats;

    /**
     * @param readListing     body: the listing's items (empty when it did not change)
     * @param itemContent     body: one item as content for normalisation, or null when there is nothing to send
     * @param runAcknowledged every item reached Kafka or its own dead letter
     */
    protected ListingRouteTemplate(String kind, String run, Processor readListing, Processor itemContent,
                                   Processor runAcknowledged, RunGate gate, RepeatedRefusals repeats) {
        this.kind = kind;
        this.run = run;
        this.readListing = readListing;
        this.itemContent = itemContent;
        this.runAcknowledged = runAcknowledged;
        this.gate = gate;
        this.repeats = repeats;
    }

    @Override
    public void configure() {
        routeTemplate(kind)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:" + kind + "-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(run);

        from(run).routeId("run-" + kind).routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(gate::leave)
                .end()
                .process(gate::enter)
                .process(readListing)
                // the source reads again: a later refusal of it is news
                .process(exchange -> repeats.resolved(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                        exchange.getProperty(ExchangeFacts.LOCATOR, String.class)))
                .split(body())
                    .process(itemContent)
                    .filter(body().isNotNull())
                        .process(ExchangeFacts::nameItem)
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end()
                .process(runAcknowledged);
    }
}
