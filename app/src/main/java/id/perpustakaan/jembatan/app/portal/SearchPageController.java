package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.SearchResult;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /}: the public search page. Without words it lists the newest documents; the form is a plain GET,
 * so searching, filtering and paging work without JavaScript and every result page has its own address.
 */
@Controller
class SearchPageController {

    private final PortalSearch search;
    private final Clock clock;
    private final String base;

    /** @param base the portal's public address: the share link is built from it, never from the Host header */
    SearchPageController(PortalSearch search, Clock clock, @Value("${jembatan.portal.base-url}") String base) {
        this.search = search;
        this.clock = clock;
        this.base = base;
    }

    // parameters are read as text: a hand-edited address searches for what it can, it never fails on a type
    @GetMapping("/")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) List<String> agency,
                  @RequestParam(required = false) List<String> kind,
                  @RequestParam(required = false) List<String> klasifikasi,
                  @RequestParam(required = false) List<String> year,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String page,
                  @RequestParam(required = false) String includeExpired,
                  @RequestParam(required = false) List<String> tag,
                  Locale locale, Model model) throws IOException {
        SearchForm form = SearchForm.of(q, agency, kind, klasifikasi, year, from, to, sort, page, includeExpired,
                tag);
        SearchResult result = search.search(form);
        long expiredHidden = form.includeExpired() ? 0 : search.expiredHidden(form);
        model.addAttribute("view", SearchView.of(form, result, expiredHidden, search.agencyNames(result.hits()), locale,
                clock, base));
        List<SearchResult.Hit> urgent = search.urgent();
        DisplayFormat format = new DisplayFormat(locale);
        model.addAttribute("alerts", urgent.stream().map(hit -> ResultView.of(hit, search.agencyNames(urgent),
                format, clock)).toList());
        model.addAttribute("pageScript", true);
        return "portal/search";
    }
}
