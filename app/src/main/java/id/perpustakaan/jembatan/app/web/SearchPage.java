package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The search API's answer. Field names are part of the portal's contract.
 *
 * @param hits results of this page; {@code highlights} are HTML-escaped with matches in {@code <mark>}
 */
record SearchPage(String q, long total, int page, int size, List<Result> hits,
                  Map<String, List<SearchResult.FacetCount>> facets) {

    record Result(String id, String title, Agency agency, DocumentKind kind, String summary, List<String> highlights,
                  Instant publishedAt, Instant harvestedAt, String url, String href, Original original) {
    }

    /** The archived file as the agency published it, with the link that downloads it. */
    record Original(String fileName, String mediaType, Long size, String href) {
    }

    static SearchPage of(String q, SearchResult result) {
        List<Result> hits = result.hits().stream().map(hit -> new Result(hit.id(), hit.title(), hit.agency(),
                hit.kind(), hit.summary(), hit.highlights(), hit.publishedAt(), hit.harvestedAt(), hit.url(),
                DocumentController.href(hit.id()),
                hit.originalFileName() == null ? null : new Original(hit.originalFileName(),
                        hit.originalMediaType(), hit.originalSize(), DocumentController.originalHref(hit.id()))))
                .toList();
        return new SearchPage(q, result.total(), result.page(), result.size(), hits, result.facets());
    }
}
