package id.perpustakaan.jembatan.routes.ckan;

import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.source.ListingRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;

/**
 * The route template of CKAN sources: the datasets changed since the last complete run asked for, page after page,
 * each that is new or changed sent to normalisation; the run's latest change is kept only once every dataset
 * reached Kafka or its dead letter.
 */
public class CkanRouteTemplate extends ListingRouteTemplate {

    public static final String RUN = "direct:jembatan-run-ckan";

    public CkanRouteTemplate(CkanHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        super(CkanKind.KIND, RUN, harvest::readPortal, harvest::datasetContent, harvest::runAcknowledged, gate,
                repeats);
    }
}
