package id.perpustakaan.jembatan.routes.ckan;

import id.perpustakaan.jembatan.connectors.ckan.CkanDataset;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Attachment;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.feed.EntryPage;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * What a CKAN dataset declares, as normalisation takes it: its title, description, dates, tags and organisation (the
 * agency that published it), a programme unless the source says otherwise, its files and services as attachments
 * with their formats; and the dataset as a page that lists them.
 */
final class CkanFacts {

    private CkanFacts() {
    }

    static DeclaredFacts of(CkanDataset dataset, SourceDefinition source) {
        DocumentKind kind = source.defaultKind() == DocumentKind.OTHER ? DocumentKind.PROGRAMME : source.defaultKind();
        Agency agency = dataset.organization() == null ? null
                : new Agency(dataset.organization().name(), dataset.organization().title());
        List<Attachment> files = dataset.resources().stream().filter(resource -> resource.url() != null)
                .map(resource -> new Attachment(resource.url().toString(), label(resource), null)).toList();
        return new DeclaredFacts(dataset.title(), dataset.notes(), kind, null, dataset.created(), dataset.modified(),
                dataset.tags(), agency, files);
    }

    /** The dataset's page on the portal. */
    static String address(SourceDefinition source, CkanDataset dataset) {
        String base = source.location().endsWith("/") ? source.location() : source.location() + "/";
        return base + "dataset/" + (dataset.name() != null ? dataset.name() : dataset.id());
    }

    /** "Tabel penduduk (CSV)". */
    private static String label(CkanDataset.Resource resource) {
        return resource.name() + (resource.format() == null ? "" : " (" + resource.format() + ")");
    }

    static String page(CkanDataset dataset) {
        StringBuilder content = new StringBuilder();
        if (dataset.notes() != null) {
            for (String paragraph : dataset.notes().split("\\R\\s*\\R")) {
                content.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        if (!dataset.resources().isEmpty()) {
            content.append("<h2>Data</h2><ul>");
            for (CkanDataset.Resource resource : dataset.resources()) {
                String label = label(resource);
                content.append("<li>");
                if (resource.url() != null) {
                    content.append("<a href=\"").append(Entities.escape(resource.url().toString())).append("\">")
                            .append(Entities.escape(label)).append("</a>");
                } else {
                    content.append(Entities.escape(label));
                }
                if (resource.description() != null) {
                    content.append(": ").append(Entities.escape(resource.description()));
                }
                content.append("</li>");
            }
            content.append("</ul>");
        }
        if (dataset.license() != null) {
            content.append("<p>Lisensi: ").append(Entities.escape(dataset.license())).append("</p>");
        }
        return EntryPage.html(dataset.title(), null, content.toString(), dataset.created(), dataset.tags(),
                dataset.organization() == null ? null : dataset.organization().title(), null);
    }
}
