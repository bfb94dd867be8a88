package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of feed sources: on the source's schedule, fetch the feed (conditionally), and send each
 * entry that is new or changed to normalisation. A feed that cannot be fetched or read is one dead letter; the
 * next run tries again; one entry's failure does not stop the others.
 */
public class FeedRouteTemplate extends RouteBuilder {

    private final FeedHarvest harvest;

    public FeedRouteTemplate(FeedHarvest harvest) {
        this.harvest = harvest;
    }

    @Override
    public void configure() {
        routeTemplate(FeedKind.KIND)
                .templateParameter("sourceId")
                .templateParameter("period")
                .from("timer:feed-{{sourceId}}?period={{period}}&delay=1000")
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .process(harvest)
                .split(body())
                    .process(ExchangeFacts::nameItem)
                    .to(NormaliseRoute.INGEST)
                .end();
    }
}
