package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.source.ListingRouteTemplate;
import id.perpustakaan.jembatan.routes.source.RunGate;

/**
 * The route template of feed sources: the feed fetched conditionally, each entry that is new or changed sent to
 * normalisation. The feed's validators are kept only after the split: an entry that did not reach Kafka (the broker
 * down beyond the retries) fails the run, and the next run reads the feed in full.
 */
public class FeedRouteTemplate extends ListingRouteTemplate {

    public static final String RUN = "direct:jembatan-run-feed";

    public FeedRouteTemplate(FeedHarvest harvest, RunGate gate, RepeatedRefusals repeats) {
        super(FeedKind.KIND, RUN, harvest::readFeed, harvest::entryContent, harvest::runAcknowledged, gate, repeats);
    }
}
