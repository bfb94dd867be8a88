package id.perpustakaan.jembatan.routes.publish;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.util.List;
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
        return source.review() == ReviewPolicy.AUTO && !Set.copyOf(requiredKinds).contains(document.kind())
                && Klasifikasi.isPublic(document.klasifikasi());
    }
}
