package id.perpustakaan.jembatan.routes.jdihn;

import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.source.ListingRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;

/**
 * The route template of JDIHN sources: the feed read (conditionally, every page of it), each record that is new or
 * changed sent with its file to normalisation; a bad record is its own dead letter and the others go on.
 */
public class JdihnRouteTemplate extends ListingRouteTemplate {

    public static final String RUN = "direct:jembatan-run-jdihn";

    public JdihnRouteTemplate(JdihnHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        super(JdihnKind.KIND, RUN, harvest::readFeed, harvest::recordContent, harvest::runAcknowledged, gate,
                repeats);
    }
}
