package id.perpustakaan.jembatan.connectors.jdihn;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;

/**
 * One response of a JDIHN member feed: its records, unread (each is read on its own, so that one bad record costs
 * that record only), and the address of the next page when the feed is paged.
 *
 * @param records the elements of the feed's array, in order
 * @param next    the next page's address, absolute; null when this is the last or the only page
 */
public record JdihnPage(List<JsonNode> records, URI next) {

    public JdihnPage {
        records = List.copyOf(records);
    }
}
