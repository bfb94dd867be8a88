package id.perpustakaan.jembatan.routes.jdihn;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.RunGate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of JDIHN sources: on the source's schedule, read the feed (conditionally, every page of it),
 * and send each record that is new or changed, with its file, to normalisation. A feed that cannot be read is one
 * dead letter and the next run tries again; a bad record is its own dead letter and the others go on. The feed's
 * validators are kept only once every record reached Kafka or its dead letter.
 */
public class JdihnRouteTemplate extends RouteBuilder {

    public static final String RUN = "direct:jembatan-run-jdihn";

    private final JdihnHarvest harvest;
    private final RunGate gate;
    private final RepeatedRefusals repeats;

    public JdihnRouteTemplate(JdihnHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        this.harvest = harvest;
        this.gate = gate;
        this.repeats = repeats;
    }

    @Override
    public void configure() {
        routeTemplate(JdihnKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:jdihn-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(RUN);

        // one run of any JDIHN source: on its schedule, or at once when a librarian asks
        from(RUN).routeId("run-jdihn").routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(gate::leave)
                .end()
                .process(gate::enter)
                .process(harvest::readFeed)
                // the source reads again: a later refusal of it is news
                .process(exchange -> repeats.resolved(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                        exchange.getProperty(ExchangeFacts.LOCATOR, String.class)))
                .split(body())
                    .process(harvest::recordContent)
                    .filter(body().isNotNull())
                        .process(ExchangeFacts::nameItem)
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end()
                .process(harvest::runAcknowledged);
    }
}
