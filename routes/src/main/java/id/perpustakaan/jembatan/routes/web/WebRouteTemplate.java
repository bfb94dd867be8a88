package id.perpustakaan.jembatan.routes.web;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.RunGate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of website sources: on the source's schedule, find the article addresses (listing pages or
 * sitemap), then fetch each one conditionally with its attachments and send what is new or changed to
 * normalisation. One article's failure is one dead letter; the others go on.
 */
public class WebRouteTemplate extends RouteBuilder {

    public static final String RUN = "direct:jembatan-run-web";

    private final WebHarvest harvest;
    private final RunGate gate;
    private final RepeatedRefusals repeats;

    public WebRouteTemplate(WebHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        this.harvest = harvest;
        this.gate = gate;
        this.repeats = repeats;
    }

    @Override
    public void configure() {
        routeTemplate(WebKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:web-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(RUN);

        // one run of any website source: on its schedule, or at once when a librarian asks
        from(RUN).routeId("run-web").routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(gate::leave)
                .end()
                .process(gate::enter)
                .process(harvest::findArticles)
                // the source reads again: a later refusal of it is news
                .process(exchange -> repeats.resolved(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                        exchange.getProperty(ExchangeFacts.LOCATOR, String.class)))
                .split(body())
                    .process(harvest::fetchArticle)
                    .split(body())
                        // an attachment that could not be fetched is its own dead letter; the page goes on
                        .process(WebHarvest::nameItem)
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end();
    }
}
