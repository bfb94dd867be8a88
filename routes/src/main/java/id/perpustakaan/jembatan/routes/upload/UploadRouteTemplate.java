package id.perpustakaan.jembatan.routes.upload;

import id.perpustakaan.jembatan.connectors.upload.UploadSource;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template of upload sources: the folder pipeline over an agency's upload inbox. Uploads arrive one request
 * at a time, each limited per token, so each inbox's poller processes its files itself rather than through the
 * folders' shared workers, which a drop of thousands of files may keep busy.
 */
public class UploadRouteTemplate extends RouteBuilder {

    private final UploadIntake intake;

    public UploadRouteTemplate(UploadIntake intake) {
        this.intake = intake;
    }

    @Override
    public void configure() {
        routeTemplate(UploadSource.KIND)
                .templateParameter("sourceId")
                .templateParameter("uri")
                .from("{{uri}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .process(intake)
                .to(NormaliseRoute.INGEST);
    }
}
