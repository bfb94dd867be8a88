package id.perpustakaan.jembatan.connectors.web;

import java.net.URI;

/**
 * Fetches one listing page and reads it, for {@link Listings#collect}; the caller decides how pages are fetched
 * and which failures it throws.
 */
@FunctionalInterface
public interface ListingReader<E extends Exception> {

    ListingPage read(URI page) throws E;
}
