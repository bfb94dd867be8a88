package id.perpustakaan.jembatan.routes.wordpress;

import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.source.ListingRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;

/**
 * The route template of WordPress sources: the posts changed since the last complete run asked of the site's REST
 * API page after page (or its feed's entries while the API is closed), each that is new or changed sent to
 * normalisation; the run's latest change is kept only once every post reached Kafka or its dead letter.
 */
public class WordPressRouteTemplate extends ListingRouteTemplate {

    public static final String RUN = "direct:jembatan-run-wordpress";

    public WordPressRouteTemplate(WordPressHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        super(WordPressKind.KIND, RUN, harvest::readSite, harvest::itemContent, harvest::runAcknowledged, gate,
                repeats);
    }
}
