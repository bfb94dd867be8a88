package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.Regulation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search API's answer. Field names are part of the portal's contract (pinned by SearchApiContractTest).
 *
 * @param hits       results of this page; {@code highlights} are HTML-escaped with matches in {@code <mark>}
 * @param facets     counts by agency, kind, year, language, regulation jenis, class and tag (the 30 commonest) over
 *                   all matching documents
 * @param next       pass as {@code cursor} for the page after this one; absent on the last page
 * @param didYouMean the searched words as the index spells them, when the query's spelling finds little
 * @param searchId   send back with a click on one of these results ({@code POST /api/search/clicks})
 */
@Schema(name = "SearchAnswer")
record SearchPage(String q, long total, int page, int size, List<Result> hits, Map<String, List<Facet>> facets,
                  String next, String didYouMean, String searchId) {

    @Schema(name = "SearchHit")
    record Result(String id, String title, Agency agency, DocumentKind kind, String summary, List<String> highlights,
                  Instant publishedAt, Instant modifiedAt, Instant harvestedAt, Instant validUntil, String language,
                  Regulation regulation, List<String> tags, String url, String href, Original original,
                  Klasifikasi klasifikasi) {
    }

    /** The archived file as the agency published it, with the link that downloads it. */
    record Original(String fileName, String mediaType, Long size, String href) {
    }

    /** @param label the display name when the value is a code (agencies) */
    record Facet(String value, long count, String label) {
    }

    static SearchPage of(String q, SearchResult result, String searchId) {
        List<Result> hits = result.hits().stream().map(hit -> new Result(hit.id(), hit.title(), hit.agency(),
                hit.kind(), hit.summary(), hit.highlights(), hit.publishedAt(), hit.modifiedAt(), hit.harvestedAt(),
                hit.validUntil(), hit.language(), hit.regulation(), hit.tags(), hit.url(),
                DocumentController.href(hit.id()),
                hit.originalFileName() == null ? null : new Original(hit.originalFileName(),
                        hit.originalMediaType(), hit.originalSize(), DocumentController.originalHref(hit.id())),
                hit.klasifikasi())).toList();
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        result.facets().forEach((name, counts) -> facets.put(name,
                counts.stream().map(c -> new Facet(c.value(), c.count(), c.label())).toList()));
        return new SearchPage(q, result.total(), result.page(), result.size(), hits, facets, result.next(),
                result.didYouMean(), searchId);
    }
}
