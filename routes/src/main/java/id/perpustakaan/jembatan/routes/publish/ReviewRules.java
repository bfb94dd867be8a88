package id.perpustakaan.jembatan.routes.publish;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether a harvested revision reaches the public at once or waits for a librarian: the source's {@code review}
 * policy, overruled for kinds the library always reviews (a regulation speaks in the government's name, whatever
 * source brought it); never for what is exempt from disclosure (dikecualikan), which librarians alone see.
 *
 * @param requiredKinds kinds that wait for a librarian even from an {@code auto} source
 */
@ConfigurationProperties("jembatan.review")
public record ReviewRules(List<DocumentKind> requiredKinds) {

    public ReviewRules {
        requiredKinds = requiredKinds == null ? List.of() : List.copyOf(requiredKinds);
    }

    public boolean publishAtOnce(SourceDefinition source, Document document) {
        return waitsFor(source, document).isEmpty();
    }

    /** Why the revision waits for a librarian, in the words of the start's log; empty when it is published at once. */
    public Optional<String> waitsFor(SourceDefinition source, Document document) {
        if (!Klasifikasi.isPublic(document.klasifikasi())) {
            return Optional.of("exempt from disclosure (dikecualikan): librarians only");
        }
        if (Set.copyOf(requiredKinds).contains(document.kind())) {
            return Optional.of("a " + document.kind().name().toLowerCase(Locale.ROOT)
                    + " always waits for a librarian (jembatan.review.required-kinds)");
        }
        if (source.review() != ReviewPolicy.AUTO) {
            return Optional.of("its source has review: required");
        }
        return Optional.empty();
    }
}
