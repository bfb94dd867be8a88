package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code GET /dokumen/{id}}: one published document, its status, its sources and related documents. */
@Controller
class DocumentPageController {

    /** Elasticsearch's limit for an id; a longer one cannot name a document. */
    private static final int MAX_ID_BYTES = 512;

    private final PortalSearch search;
    private final Clock clock;
    private final MessageSource messages;

    DocumentPageController(PortalSearch search, Clock clock, MessageSource messages) {
        this.search = search;
        this.clock = clock;
        this.messages = messages;
    }

    static String href(String id) {
        return "/dokumen/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The archived original, served by the API exactly as the agency published it. */
    static String originalHref(String id) {
        return "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/original";
    }

    @GetMapping("/dokumen/{id}")
    String document(@PathVariable String id, Locale locale, Model model) throws IOException {
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new DocumentNotFoundException(id);
        }
        Document document = search.find(id).orElse(null);
        if (document == null) {
            // a sighting merged into a document first seen elsewhere (an attachment's link): that document
            String survivor = search.mergedInto(id).orElseThrow(() -> new DocumentNotFoundException(id));
            return "redirect:" + href(survivor);
        }
        List<SearchResult.Hit> related = search.related(id);
        boolean regulation = document.kind() == DocumentKind.REGULATION;
        LaterRegulations.Links links = regulation
                ? search.laterRegulations(document.regulation()) : LaterRegulations.Links.NONE;
        Map<String, Document> earlier = regulation ? search.earlierRegulations(document.regulation()) : Map.of();
        model.addAttribute("document", DocumentView.of(document, related, links, earlier,
                search.agencyNames(related), new DisplayFormat(locale), clock,
                messages.getMessage("document.table", null, locale)));
        return "portal/document";
    }

    /** No published document has this id (it never had, or it was withdrawn). */
    static final class DocumentNotFoundException extends RuntimeException {

        DocumentNotFoundException(String id) {
            super("no published document '" + id + "'");
        }
    }
}
