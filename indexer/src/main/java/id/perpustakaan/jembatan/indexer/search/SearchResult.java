package id.perpustakaan.jembatan.indexer.search;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.Regulation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with the counts a portal shows beside them.
 *
 * @param next       cursor of the page after this one, {@code null} on the last page
 * @param didYouMean the searched words spelt as the index knows them, when they are not; {@code null} otherwise
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           String next, String didYouMean) {

    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {
        this(total, page, size, hits, facets, null, null);
    }

    /**
     * A matching document as a result list shows it.
     *
     * @param highlights fragments of title and text around the matched words, HTML-escaped, matches in
     *                   {@code <mark>}
     * @param revision   the indexed revision, so a feed can tell a changed entry
     * @param event      when and where, for an event; else null
     */
    /** How long serta merta information stands above everything else. */
    public static final Duration URGENT_FOR = Duration.ofDays(7);

    public record Hit(String id, String title, Agency agency, DocumentKind kind, String summary,
                      List<String> highlights, Instant publishedAt, Instant harvestedAt, String url,
                      String originalFileName, String originalMediaType, Long originalSize, Instant modifiedAt,
                      Instant validUntil, String language, Regulation regulation, List<String> tags, String author,
                      long revision, Klasifikasi klasifikasi, Event event) {

        /** A hit that is no event. */
        public Hit(String id, String title, Agency agency, DocumentKind kind, String summary, List<String> highlights,
                   Instant publishedAt, Instant harvestedAt, String url, String originalFileName,
                   String originalMediaType, Long originalSize, Instant modifiedAt, Instant validUntil,
                   String language, Regulation regulation, List<String> tags, String author, long revision,
                   Klasifikasi klasifikasi) {
            this(id, title, agency, kind, summary, highlights, publishedAt, harvestedAt, url, originalFileName,
                    originalMediaType, originalSize, modifiedAt, validUntil, language, regulation, tags, author,
                    revision, klasifikasi, null);
        }

        /** A hit without a class of public information. */
        public Hit(String id, String title, Agency agency, DocumentKind kind, String summary, List<String> highlights,
                   Instant publishedAt, Instant harvestedAt, String url, String originalFileName,
                   String originalMediaType, Long originalSize, Instant modifiedAt, Instant validUntil,
                   String language, Regulation regulation, List<String> tags, String author, long revision) {
            this(id, title, agency, kind, summary, highlights, publishedAt, harvestedAt, url, originalFileName,
                    originalMediaType, originalSize, modifiedAt, validUntil, language, regulation, tags, author,
                    revision, null, null);
        }

        /** Information citizens must learn at once (a disaster, an outage, a health alert): shown marked. */
        public boolean urgent() {
            return klasifikasi == Klasifikasi.SERTA_MERTA;
        }

        /**
         * Urgent and still news at {@code now}: published within {@link #URGENT_FOR} and still valid. Such a hit
         * stands above the others, on the portal and in the feeds.
         */
        public boolean urgentAt(Instant now) {
            return urgent() && publishedAt != null && !publishedAt.isBefore(now.minus(URGENT_FOR))
                    && (validUntil == null || !validUntil.isBefore(now));
        }

        /** A hit as the first search API knew it, without the fields feeds and filters added since. */
        public Hit(String id, String title, Agency agency, DocumentKind kind, String summary, List<String> highlights,
                   Instant publishedAt, Instant harvestedAt, String url, String originalFileName,
                   String originalMediaType, Long originalSize) {
            this(id, title, agency, kind, summary, highlights, publishedAt, harvestedAt, url, originalFileName,
                    originalMediaType, originalSize, null, null, null, null, List.of(), null, 0);
        }

        /** When the document last changed as far as anyone said: modified, else published, else harvested. */
        public Instant updatedAt() {
            return modifiedAt != null ? modifiedAt : publishedAt != null ? publishedAt : harvestedAt;
        }
    }

    /** @param label what to show for the value, when the value is a code (an agency's name) */
    public record FacetCount(String value, long count, String label) {

        public FacetCount(String value, long count) {
            this(value, count, null);
        }
    }
}
