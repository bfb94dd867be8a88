package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.RegulationStatus;
import id.perpustakaan.jembatan.model.SourceRef;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A document as its page shows it: what it is, whether it is still in force, its content (sanitised again), where
 * it comes from, and what else relates to it.
 *
 * @param content    the document's HTML, cleaned; empty when it has none, and {@code paragraphs} carry its text
 * @param regulation {@code null} unless the document is a regulation
 * @param sources    the agency's pages that carry it, the canonical one first
 * @param lang       the language of its title and text when it is not the page's, else {@code null}
 * @param amends     the regulations it amends, linked where they are published here; {@code revokes} likewise
 * @param daysLeft   days to its last day of validity, counted in WIB (0 without one)
 * @param event      when and where, for an event; {@code null} otherwise (an event's validity is its end, which
 *                   this says better)
 */
record DocumentView(String id, String title, String agency, String kind, String date, String isoDate,
                    String modified, String validUntil, String validUntilIso, boolean expired, Regulation regulation,
                    SafeHtml content, List<SafeHtml> paragraphs, List<SourceLink> sources, String originalHref,
                    String originalLabel, String harvested, List<RelatedView> related, LaterView later, String lang,
                    List<Citation> amends, List<Citation> revokes, long daysLeft, EventView event) {

    /** A regulation cited by another ("Perwako 5/2019"), with its page when it is published here, else null. */
    record Citation(String text, String href) {
    }

    /** A web page the document was published on. */
    record SourceLink(String url, String host) {
    }

    /**
     * A regulation's standing as the published regulations show it, with those that amend and revoke it.
     *
     * @param status the status, or null when neither its catalogue nor a later regulation says
     */
    record LaterView(RegulationStatus status, List<RelatedView> amendedBy, List<RelatedView> revokedBy) {
    }

    /** Another document, as a short entry; {@code lang} as the document's. */
    record RelatedView(String href, String title, String agency, String kind, String date, String isoDate,
                       String lang) {
    }

    /**
     * @param earlier    the published regulations it cites, by citation
     * @param tableLabel what a table without a caption is called, in the page's language
     */
    static DocumentView of(Document document, List<SearchResult.Hit> related, LaterRegulations.Links later,
                           Map<String, Document> earlier, Function<String, String> agencyNames, DisplayFormat format,
                           Clock clock, String tableLabel) {
        SafeHtml content = SafeHtml.content(document.html(), tableLabel, document.url());
        Deadline deadline = Deadline.of(document.validUntil(), clock);
        boolean expired = deadline != null && deadline.expired();
        String agency = document.agency() == null ? "" : agencyNames.apply(document.agency().code());
        return new DocumentView(document.id(), document.title(), agency,
                document.kind() == null ? "OTHER" : document.kind().name(),
                format.date(document.publishedAt()), DisplayFormat.isoDate(document.publishedAt()),
                format.date(document.modifiedAt()),
                format.date(document.validUntil()), DisplayFormat.isoDate(document.validUntil()), expired,
                document.regulation(), content, content.isEmpty() ? paragraphs(document.text()) : List.of(),
                sources(document), document.original() == null ? null : DocumentPageController.originalHref(
                        document.id()),
                document.original() == null ? null
                        : document.original().fileName() + " (" + format.file(document.original()) + ")",
                format.date(document.provenance() != null && document.provenance().fetchedAt() != null
                        ? document.provenance().fetchedAt() : document.harvestedAt()),
                related.stream().map(hit -> new RelatedView(DocumentPageController.href(hit.id()), hit.title(),
                        hit.agency() == null ? "" : agencyNames.apply(hit.agency().code()),
                        hit.kind() == null ? "OTHER" : hit.kind().name(),
                        format.date(hit.publishedAt()), DisplayFormat.isoDate(hit.publishedAt()),
                        format.contentLanguage(hit.language()))).toList(),
                laterView(document.regulation(), later, expired, format), format.contentLanguage(document.language()),
                citations(document.regulation() == null ? List.of() : document.regulation().amends(), earlier),
                citations(document.regulation() == null ? List.of() : document.regulation().revokes(), earlier),
                deadline == null ? 0 : deadline.daysLeft(), EventView.of(document.event(), format.locale(), clock));
    }

    private static List<Citation> citations(List<String> cited, Map<String, Document> earlier) {
        return cited.stream().map(citation -> new Citation(citation, earlier.containsKey(citation)
                ? DocumentPageController.href(earlier.get(citation).id()) : null)).toList();
    }

    private static LaterView laterView(Regulation regulation, LaterRegulations.Links later, boolean expired,
                                       DisplayFormat format) {
        Function<Document, RelatedView> entry = act -> new RelatedView(DocumentPageController.href(act.id()),
                act.title(), act.agency() == null ? "" : act.agency().name(), act.kind().name(),
                format.date(act.publishedAt()), DisplayFormat.isoDate(act.publishedAt()),
                format.contentLanguage(act.language()));
        RegulationStatus status = RegulationStatus.standing(regulation == null ? null : regulation.status(),
                !later.amendedBy().isEmpty(), !later.revokedBy().isEmpty());
        // a published regulation that neither its catalogue nor a later one gives a standing is in force, until the
        // end of validity its text names
        if (status == null && regulation != null) {
            status = expired ? RegulationStatus.TIDAK_BERLAKU : RegulationStatus.BERLAKU;
        }
        return new LaterView(status,
                later.amendedBy().stream().map(entry).toList(), later.revokedBy().stream().map(entry).toList());
    }

    public boolean hasRegulationStatus() {
        return regulation != null && (regulation.jenis() != null || regulation.nomor() != null
                || regulation.tahun() != null || regulation.tentang() != null || !regulation.amends().isEmpty()
                || !regulation.revokes().isEmpty() || later.status() != null);
    }

    /** Text without markup keeps its paragraphs (blank lines part them) and gets tappable telephone numbers. */
    private static List<SafeHtml> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty())
                .map(SafeHtml::textWithPhones).toList();
    }

    private static List<SourceLink> sources(Document document) {
        List<String> urls = new ArrayList<>();
        urls.add(document.url());
        document.sources().stream().map(SourceRef::url).forEach(urls::add);
        List<SourceLink> links = new ArrayList<>();
        for (String url : urls) {
            String web = SafeHtml.webAddress(url);
            if (web != null && links.stream().noneMatch(link -> link.url().equals(web))) {
                links.add(new SourceLink(web, URI.create(web).getHost()));
            }
        }
        return links;
    }
}
