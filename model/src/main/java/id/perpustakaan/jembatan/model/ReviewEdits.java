package id.perpustakaan.jembatan.model;

import java.time.Instant;
import java.util.List;

/**
 * What a librarian corrected when approving a revision. Each field left {@code null} keeps the harvested value, so
 * that an approval without edits publishes the revision exactly as harvested; the decision carries the edits, so the
 * audit shows what the public saw differ from what the agency published.
 *
 * @param tags       replaces the harvested tags when not {@code null} (an empty list removes them)
 * @param regulation replaces the harvested regulation fields when not {@code null}
 * @param klasifikasi replaces the class of public information when not {@code null}
 */
public record ReviewEdits(String title, DocumentKind kind, List<String> tags, Instant validUntil,
                          Regulation regulation, Klasifikasi klasifikasi) {

    public ReviewEdits {
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** Edits that leave the class as harvested. */
    public ReviewEdits(String title, DocumentKind kind, List<String> tags, Instant validUntil,
                       Regulation regulation) {
        this(title, kind, tags, validUntil, regulation, null);
    }

    public boolean changesNothing() {
        return title == null && kind == null && tags == null && validUntil == null && regulation == null
                && klasifikasi == null;
    }

    /** The revision the public sees: the harvested one with these edits, under the given revision number. */
    public Document applyTo(Document d, long revision) {
        return new Document(d.id(), d.sourceId(), d.agency(), kind == null ? d.kind() : kind,
                title == null ? d.title() : title, d.summary(), d.text(), d.html(), d.language(), d.url(),
                d.original(), d.publishedAt(), d.modifiedAt(), d.harvestedAt(),
                validUntil == null ? d.validUntil() : validUntil, regulation == null ? d.regulation() : regulation,
                tags == null ? d.tags() : tags, d.contentHash(), revision, d.provenance(), d.sources(),
                d.attachments(), d.author(), klasifikasi == null ? d.klasifikasi() : klasifikasi, d.event());
    }
}
