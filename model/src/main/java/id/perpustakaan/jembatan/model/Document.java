package id.perpustakaan.jembatan.model;

import java.time.Instant;
import java.util.List;

/**
 * One harvested revision of a piece of public information, as it travels on the Kafka topics and is indexed.
 * The JSON field names are the contract between the harvesters, the indexer and the portal.
 *
 * @param id          stable across revisions: derived from the source id and the canonical locator
 * @param text        plain text for search
 * @param html        sanitised display HTML, when the source was HTML
 * @param revision    monotonic per id; the indexer uses it as the external version
 * @param contentHash sha256 of the normalised text and fields, to tell a real change from a re-fetch
 * @param sources     every place this same content was seen
 * @param attachments files the page links to, each a document of its own
 * @param author      who wrote it, when the source says (a feed entry's author, a page's author meta tag)
 * @param klasifikasi its class of public information (UU 14/2008); null for a revision harvested before classes
 * @param event       when and where it happens, for a document of kind {@link DocumentKind#EVENT}; else null
 */
public record Document(
        String id,
        String sourceId,
        Agency agency,
        DocumentKind kind,
        String title,
        String summary,
        String text,
        String html,
        String language,
        String url,
        OriginalFile original,
        Instant publishedAt,
        Instant modifiedAt,
        Instant harvestedAt,
        Instant validUntil,
        Regulation regulation,
        List<String> tags,
        String contentHash,
        long revision,
        Provenance provenance,
        List<SourceRef> sources,
        List<Attachment> attachments,
        String author,
        Klasifikasi klasifikasi,
        Event event) {

    public Document {
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = sources == null ? List.of() : List.copyOf(sources);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same document under another revision number (a file moved in its folder keeps the revision it had). */
    public Document withRevision(long otherRevision) {
        return new Document(id, sourceId, agency, kind, title, summary, text, html, language, url, original, publishedAt,
                modifiedAt, harvestedAt, validUntil, regulation, tags, contentHash, otherRevision, provenance, sources,
                attachments, author, klasifikasi, event);
    }

    /** A document that is no event. */
    public Document(String id, String sourceId, Agency agency, DocumentKind kind, String title, String summary,
                    String text, String html, String language, String url, OriginalFile original, Instant publishedAt,
                    Instant modifiedAt, Instant harvestedAt, Instant validUntil, Regulation regulation,
                    List<String> tags, String contentHash, long revision, Provenance provenance,
                    List<SourceRef> sources, List<Attachment> attachments, String author, Klasifikasi klasifikasi) {
        this(id, sourceId, agency, kind, title, summary, text, html, language, url, original, publishedAt,
                modifiedAt, harvestedAt, validUntil, regulation, tags, contentHash, revision, provenance, sources,
                attachments, author, klasifikasi, null);
    }

    /** A document without a class of public information. */
    public Document(String id, String sourceId, Agency agency, DocumentKind kind, String title, String summary,
                    String text, String html, String language, String url, OriginalFile original, Instant publishedAt,
                    Instant modifiedAt, Instant harvestedAt, Instant validUntil, Regulation regulation,
                    List<String> tags, String contentHash, long revision, Provenance provenance,
                    List<SourceRef> sources, List<Attachment> attachments, String author) {
        this(id, sourceId, agency, kind, title, summary, text, html, language, url, original, publishedAt,
                modifiedAt, harvestedAt, validUntil, regulation, tags, contentHash, revision, provenance, sources,
                attachments, author, null, null);
    }
}
