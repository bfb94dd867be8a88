package id.perpustakaan.jembatan.model;

import java.time.Instant;
import java.util.List;

/**
 * What an origin's own catalogue says of an item (a JDIHN record, a dataset's metadata), beside its bytes: these
 * win over what normalisation would read from the text, which fills only what they leave empty. Part of the
 * document's content: a change of any of them is a new revision, even when the file stayed the same.
 *
 * @param title       the title the catalogue gives, or null
 * @param summary     an abstract written for people, or null
 * @param kind        what the catalogue says it is, or null to let the kind rules decide
 * @param regulation  a regulation's identity as catalogued; fields left null are read from the text
 * @param publishedAt when the origin published it, or null
 * @param modifiedAt  when the origin last changed the record, or null
 * @param tags        subjects and fields as the catalogue names them
 * @param agency      who published it, when the catalogue serves several (a Satu Data portal's organisations);
 *                    null: the source's agency
 * @param attachments the files and services it offers (a dataset's tables, with their formats)
 * @param validUntil  until when it is valid, as the agency says (a sidecar), or null to read it from the text
 * @param klasifikasi its class of public information as the agency says, or null to let the rules decide
 * @param event       when and where it happens, for an event (a row of a schedule, a librarian's form), or null to
 *                    read it from the text
 */
public record DeclaredFacts(String title, String summary, DocumentKind kind, Regulation regulation,
                            Instant publishedAt, Instant modifiedAt, List<String> tags, Agency agency,
                            List<Attachment> attachments, Instant validUntil, Klasifikasi klasifikasi,
                            Event event) {

    public DeclaredFacts {
        tags = tags == null ? List.of() : List.copyOf(tags);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Facts that describe no event. */
    public DeclaredFacts(String title, String summary, DocumentKind kind, Regulation regulation,
                         Instant publishedAt, Instant modifiedAt, List<String> tags, Agency agency,
                         List<Attachment> attachments, Instant validUntil, Klasifikasi klasifikasi) {
        this(title, summary, kind, regulation, publishedAt, modifiedAt, tags, agency, attachments, validUntil,
                klasifikasi, null);
    }

    /** Facts of a catalogue, which says nothing of validity or class. */
    public DeclaredFacts(String title, String summary, DocumentKind kind, Regulation regulation,
                         Instant publishedAt, Instant modifiedAt, List<String> tags, Agency agency,
                         List<Attachment> attachments) {
        this(title, summary, kind, regulation, publishedAt, modifiedAt, tags, agency, attachments, null, null, null);
    }

    /** Facts of a catalogue that is the source's agency's own, of an item without files of its own. */
    public DeclaredFacts(String title, String summary, DocumentKind kind, Regulation regulation, Instant publishedAt,
                         Instant modifiedAt, List<String> tags) {
        this(title, summary, kind, regulation, publishedAt, modifiedAt, tags, null, null);
    }
}
