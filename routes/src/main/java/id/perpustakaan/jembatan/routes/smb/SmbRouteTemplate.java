package id.perpustakaan.jembatan.routes.smb;

import id.perpustakaan.jembatan.connectors.smb.SmbSource;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.RunGate;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of SMB sources: on the source's schedule, or at once when a librarian asks, sign in to the
 * share, list the folder and send each quiet file to normalisation, one after the other on one connection. Each file
 * is its own exchange: it moves on the share when its own document (or dead letter) is acknowledged by Kafka, and a
 * file that fails (Kafka away) stays where it is and costs the others nothing. A share that cannot be read is one
 * dead letter, and the next run tries again.
 */
public class SmbRouteTemplate extends RouteBuilder {

    public static final String RUN = "direct:jembatan-run-smb";

    private final SmbHarvest harvest;
    private final RunGate gate;
    private final RepeatedRefusals repeats;

    public SmbRouteTemplate(SmbHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        this.harvest = harvest;
        this.gate = gate;
        this.repeats = repeats;
    }

    @Override
    public void configure() {
        routeTemplate(SmbSource.KIND)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:" + SmbSource.KIND + "-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(RUN);

        from(RUN).routeId("run-" + SmbSource.KIND).routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(harvest::closeShare)
                    .process(gate::leave)
                .end()
                .process(gate::enter)
                .process(harvest::openShare)
                // the share reads again: a later refusal of it is news
                .process(exchange -> repeats.resolved(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                        exchange.getProperty(ExchangeFacts.LOCATOR, String.class)))
                // a file that failed is left for a later run; the run goes on with the next
                .split(body(), AggregationStrategies.useOriginal(false))
                    .process(harvest::fileContent)
                    .filter(body().isNotNull())
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end();
    }
}
