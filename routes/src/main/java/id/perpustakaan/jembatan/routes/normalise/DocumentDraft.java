package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Attachment;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.connectors.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A document on its way through the normalisation steps: what is known of it so far. Each step reads what earlier
 * steps found and fills in its own part; {@link #toDocument()} makes the record once all have run.
 */
final class DocumentDraft {

    final RawContent raw;
    /** What the origin's catalogue says of it; wins over what the steps read from the text. */
    final DeclaredFacts declared;
    final SourceDefinition source;
    final Instant harvestedAt;

    String id;
    String text;
    String html;
    String metadataTitle;
    String description;
    String title;
    String summary;
    String language;
    /** What the origin or the content itself says the language is (two letters), before any detection. */
    String declaredLanguage;
    String author;
    String url;
    String mediaType;
    Integer pages;
    String extractor;
    boolean ocr;
    Instant publishedAt;
    Instant modifiedAt;
    Instant validUntil;
    DocumentKind kind;
    String kindRule;
    Regulation regulation;
    Klasifikasi klasifikasi;
    Event event;
    final List<SourceRef> sources = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    /** The first sighting of the document this one merged into, which stays its agency, kind and file. */
    Duplicates.Primary primary;

    DocumentDraft(RawContent raw, SourceDefinition source, Instant harvestedAt) {
        this.raw = raw;
        this.declared = raw.declared();
        this.declaredLanguage = raw.declaredLanguage();
        this.source = source;
        this.harvestedAt = harvestedAt;
        // a file moved within a mirrored folder stays the document it was
        this.id = Normaliser.documentId(raw.sourceId(), raw.movedFrom() == null ? raw.locator() : raw.movedFrom());
        this.url = raw.url();
        this.kind = source.defaultKind();
        this.sources.add(new SourceRef(raw.sourceId(), raw.locator(), raw.url(), agency()));
        if (declared != null) {
            tags.addAll(declared.tags());
            attachments.addAll(declared.attachments());
        }
    }

    /** Who published it: the catalogue's organisation when it names one, else the source's agency. */
    Agency agency() {
        return declared != null && declared.agency() != null ? declared.agency() : source.agency();
    }

    /** "Now" for relative dates such as "2 hari yang lalu": when the item was harvested, in the city's zone. */
    ZonedDateTime reference() {
        return harvestedAt.atZone(LibraryTime.ZONE);
    }

    /** This sighting as the primary of a document: who published it, as what, in which file. */
    Duplicates.Primary ownPrimary() {
        return new Duplicates.Primary(raw.sourceId(), agency(), kind, kindRule, url,
                new OriginalFile(raw.sha256(), mediaType, raw.fileName(), raw.size(), pages));
    }

    Document toDocument() {
        Duplicates.Primary first = primary == null ? ownPrimary() : primary;
        return new Document(id, first.sourceId(), first.agency(), first.kind(), title, summary, text, html, language,
                first.url(), first.original(),
                publishedAt, modifiedAt, harvestedAt, validUntil, regulation, tags.stream().distinct().toList(),
                Sha256.of(title + "\n" + text + (declared == null ? "" : "\n" + json(declared))),
                // wall-clock millis: monotonic per document as long as harvests of one locator are sequential
                harvestedAt.toEpochMilli(),
                new Provenance(raw.connector(), raw.fetchedAt(), raw.etag(), raw.lastModified(), extractor, ocr,
                        first.kindRule()),
                sources, distinct(attachments), author, klasifikasi, event);
    }

    /** One attachment per address: a catalogue's file that the page links to as well is listed once, as declared. */
    private static List<Attachment> distinct(List<Attachment> attachments) {
        Set<String> seen = new HashSet<>();
        return attachments.stream().filter(a -> a.url() == null || seen.add(a.url())).toList();
    }

    /** The declared facts as they count in the content hash. */
    private static String json(DeclaredFacts declared) {
        try {
            return JembatanJson.mapper().writeValueAsString(declared);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("declared facts cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
