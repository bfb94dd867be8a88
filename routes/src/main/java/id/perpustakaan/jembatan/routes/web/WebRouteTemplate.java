package id.perpustakaan.jembatan.routes.web;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of website sources: on the source's schedule, find the article addresses (listing pages or
 * sitemap), then fetch each one conditionally with its attachments and send what is new or changed to
 * normalisation. One article's failure is one dead letter; the others go on.
 */
public class WebRouteTemplate extends RouteBuilder {

    public static final String RUN = "direct:jembatan-run-web";

    private final WebHarvest harvest;
    private final SourceRuns runs;

    public WebRouteTemplate(WebHarvest harvest, SourceRuns runs) {
        this.harvest = harvest;
        this.runs = runs;
    }

    @Override
    public void configure() {
        routeTemplate(WebKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:web-{{sourceId}}?{{scheduling}}")
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(RUN);

        // one run of any website source: on its schedule, or at once when a librarian asks
        from(RUN).routeId("run-web").routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(exchange -> runs.finished(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class)))
                .end()
                .process(exchange -> runs.started(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class)))
                .process(harvest::findArticles)
                .split(body())
                    .process(harvest::fetchArticle)
                    .split(body())
                        .process(ExchangeFacts::nameItem)
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end();
    }
}
