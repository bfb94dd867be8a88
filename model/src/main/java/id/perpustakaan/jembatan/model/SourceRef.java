package id.perpustakaan.jembatan.model;

/** One place a document's content was seen: a source and the locator within it (a relative path, a URL). */
public record SourceRef(String sourceId, String locator, String url) {
}
