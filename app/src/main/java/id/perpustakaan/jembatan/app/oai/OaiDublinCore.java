package id.perpustakaan.jembatan.app.oai;

import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A document as simple Dublin Core (oai_dc), the way library catalogues such as Indonesia OneSearch show it: the
 * agency as creator, tags and legal subjects as subjects, the portal's page as identifier, and for a regulation its
 * date in force and the regulations it amends and revokes, and those that amend and revoke it, as relations.
 */
final class OaiDublinCore {

    /** One Dublin Core element: its local name in the dc namespace, its value, and its language if it has one. */
    record Element(String name, String value, String language) {
    }

    /** What every record shares: the portal's address for documents, the rights statement, the kinds' names. */
    record Context(String documentBase, String rights, Function<Document, String> kindName) {
    }

    private OaiDublinCore() {
    }

    static List<Element> of(Document document, LaterRegulations.Links later, Context context) {
        List<Element> elements = new ArrayList<>();
        String language = document.language();
        add(elements, "title", document.title(), language);
        if (document.agency() != null) {
            add(elements, "creator", document.agency().name(), null);
        }
        Set<String> contributors = new LinkedHashSet<>();
        for (SourceRef place : document.sources()) {
            Agency agency = place.agency();
            if (agency != null && agency.name() != null && (document.agency() == null
                    || !agency.name().equals(document.agency().name()))) {
                contributors.add(agency.name());
            }
        }
        contributors.forEach(name -> add(elements, "contributor", name, null));
        Regulation regulation = document.regulation();
        Set<String> subjects = new LinkedHashSet<>(document.tags());
        if (regulation != null) {
            subjects.addAll(regulation.subjek());
            if (regulation.bidangHukum() != null) {
                subjects.add(regulation.bidangHukum());
            }
        }
        subjects.forEach(subject -> add(elements, "subject", subject, null));
        String description = document.summary();
        if ((description == null || description.isBlank()) && regulation != null && regulation.tentang() != null) {
            description = "Tentang " + regulation.tentang();
        }
        add(elements, "description", description, language);
        LocalDate date = regulation != null && regulation.effectiveDate() != null ? regulation.effectiveDate()
                : document.publishedAt() == null ? null : document.publishedAt().atZone(LibraryTime.ZONE).toLocalDate();
        if (date != null) {
            add(elements, "date", date.toString(), null);
        }
        add(elements, "type", "Text", null);
        add(elements, "type", context.kindName().apply(document), "id");
        if (document.original() != null) {
            add(elements, "format", document.original().mediaType(), null);
        }
        add(elements, "identifier", context.documentBase() + document.id(), null);
        if (regulation != null) {
            regulation.citation().ifPresent(citation -> add(elements, "identifier", citation, null));
            add(elements, "source", regulation.sumber(), "id");
        }
        add(elements, "source", document.url(), null);
        add(elements, "language", language, null);
        if (regulation != null) {
            regulation.amends().forEach(cited -> add(elements, "relation", "Mengubah: " + cited, "id"));
            regulation.revokes().forEach(cited -> add(elements, "relation", "Mencabut: " + cited, "id"));
        }
        later.amendedBy().forEach(by -> add(elements, "relation", "Diubah oleh: " + named(by, context), "id"));
        later.revokedBy().forEach(by -> add(elements, "relation", "Dicabut oleh: " + named(by, context), "id"));
        add(elements, "rights", context.rights(), "id");
        return elements;
    }

    /** A later regulation by its citation, else its title, and its page. */
    private static String named(Document later, Context context) {
        String name = later.regulation().citation().orElse(later.title());
        return name + " (" + context.documentBase() + later.id() + ")";
    }

    private static void add(List<Element> elements, String name, String value, String language) {
        if (value != null && !value.isBlank()) {
            elements.add(new Element(name, value.strip(), language == null || language.isBlank() ? null : language));
        }
    }
}
