package id.perpustakaan.jembatan.connectors.feed;

import java.net.URI;
import java.util.List;

/**
 * What a feed document holds. A feed with no items is valid: an agency may have nothing announced yet.
 *
 * @param link the site the feed describes, absolute; null when the feed does not say
 */
public record FeedContent(String title, URI link, List<FeedItem> items) {

    public FeedContent {
        items = List.copyOf(items);
    }
}
