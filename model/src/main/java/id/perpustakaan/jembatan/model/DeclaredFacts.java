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
 */
public record DeclaredFacts(String title, String summary, DocumentKind kind, Regulation regulation,
                            Instant publishedAt, Instant modifiedAt, List<String> tags) {

    public DeclaredFacts {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
