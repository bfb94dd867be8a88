package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import org.apache.camel.builder.RouteBuilder;

/** The route template of folder sources: files dropped into an inbox, released once Kafka has them. */
public class FolderRouteTemplate extends RouteBuilder {

    private final FolderIntake intake;

    public FolderRouteTemplate(FolderIntake intake) {
        this.intake = intake;
    }

    @Override
    public void configure() {
        routeTemplate(FolderSource.KIND)
                .templateParameter("sourceId")
                .templateParameter("uri")
                .from("{{uri}}")
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .process(intake)
                .to(NormaliseRoute.INGEST);
    }
}
