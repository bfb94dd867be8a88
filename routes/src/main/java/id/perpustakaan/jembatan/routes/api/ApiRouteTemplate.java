package id.perpustakaan.jembatan.routes.api;

import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.source.ListingRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;

/**
 * The route template of API sources: the answer fetched conditionally, and when it changed sent to normalisation as a
 * table of records; its validators are kept only once every row reached Kafka or its dead letter.
 */
public class ApiRouteTemplate extends ListingRouteTemplate {

    public static final String RUN = "direct:jembatan-run-api";

    public ApiRouteTemplate(ApiHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        super(ApiKind.KIND, RUN, harvest::readApi, harvest::answerContent, harvest::runAcknowledged, gate, repeats);
    }
}
