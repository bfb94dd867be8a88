package id.perpustakaan.jembatan.connectors.http;

/** Fetches web content for a source, within that source's policy. */
public interface Fetcher {

    FetchResponse fetch(FetchRequest request) throws FetchException;
}
