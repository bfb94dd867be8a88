package id.perpustakaan.jembatan.indexer.search;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of search results with the counts a portal shows beside them. */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * A matching document as a result list shows it.
     *
     * @param highlights fragments of title and text around the matched words, HTML-escaped, matches in
     *                   {@code <mark>}
     */
    public record Hit(String id, String title, Agency agency, DocumentKind kind, String summary,
                      List<String> highlights, Instant publishedAt, Instant harvestedAt, String url,
                      String originalFileName, String originalMediaType, Long originalSize) {
    }

    public record FacetCount(String value, long count) {
    }
}
