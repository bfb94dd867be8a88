package id.perpustakaan.jembatan.connectors.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What one listing page points to.
 *
 * @param items the article links, absolute, without fragments, in page order and each once
 * @param next  the next listing page, never the page itself
 */
public record ListingPage(List<URI> items, Optional<URI> next) {

    public ListingPage {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }
}
