package id.perpustakaan.jembatan.routes.web;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of website sources: on the source's schedule, find the article addresses (listing pages or
 * sitemap), then fetch each one conditionally with its attachments and send what is new or changed to
 * normalisation. One article's failure is one dead letter; the others go on.
 */
public class WebRouteTemplate extends RouteBuilder {

    private final WebHarvest harvest;

    public WebRouteTemplate(WebHarvest harvest) {
        this.harvest = harvest;
    }

    @Override
    public void configure() {
        routeTemplate(WebKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("period")
                .from("timer:web-{{sourceId}}?period={{period}}&delay=1000")
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
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
