package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search page as a citizen reads it, with the search answering as the test says: deadlines and days left
 * counted in WIB from the slice's still clock (4 December 2026), the spelling suggestion, the hidden expired
 * announcements, the filter control above the results, the page's title, languages and its one script.
 */
@WebSlice(SearchPageController.class)
@TestPropertySource(properties = "jembatan.portal.base-url=https://jembatan.sawahluntokota.go.id")
class SearchPageTest {

    private static final Agency DISDIK = new Agency("disdik", "Dinas Pendidikan");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private PortalSearch search;

    @BeforeEach
    void twoAnnouncements() throws Exception {
        var open = hit("beasiswa", "Pengumuman Beasiswa Prestasi", "Hubungi 0754-61234.",
                Instant.parse("2027-01-31T16:59:59Z"));
        var closed = hit("lomba", "Lomba Membaca", "Sudah ditutup.", Instant.parse("2026-11-30T16:59:59Z"));
        when(search.search(any())).thenReturn(new SearchResult(12, 0, 10, List.of(open, closed),
                Map.of("year", List.of(new SearchResult.FacetCount("2026", 2))), null, "beasiswa"));
        when(search.expiredHidden(any())).thenReturn(3L);
        when(search.agencyNames(any())).thenReturn(code -> code.equals("disdik") ? DISDIK.name() : code);
        when(search.urgent()).thenReturn(List.of());
    }

    private static SearchResult.Hit hit(String id, String title, String summary, Instant validUntil) {
        return new SearchResult.Hit(id, title, DISDIK, DocumentKind.ANNOUNCEMENT, summary, List.of(),
                Instant.parse("2026-11-01T03:00:00Z"), null, null, null, null, null, null, validUntil, "id", null,
                List.of(), null, 1);
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void aResultSaysItsDeadlineAndTheDaysLeftCountedInWib() throws Exception {
        Document page = page("/?q=beasisswa&agency=disdik");

        Element open = page.selectFirst("ol.hits > li:nth-child(1)");
        assertThat(open.selectFirst(".deadline").text()).isEqualTo("Batas: 31 Jan 2027 · 58 hari lagi");
        assertThat(open.selectFirst(".deadline time").attr("datetime")).isEqualTo("2027-01-31");
        assertThat(open.select(".badge")).isEmpty();
        Element closed = page.selectFirst("ol.hits > li:nth-child(2)");
        assertThat(closed.selectFirst(".deadline").text()).isEqualTo("Kedaluwarsa Batas: 30 Nov 2026");
        assertThat(closed.selectFirst("article").hasClass("expired")).isTrue();

        Document english = page("/?q=beasisswa&lang=en");
        assertThat(english.selectFirst("ol.hits .deadline").text()).isEqualTo("Deadline: Jan 31, 2027 · 58 days left");
    }

    @Test
    void theSuggestionIsALinkThatSearchesItWithTheSameFilters() throws Exception {
        Document page = page("/?q=beasisswa&agency=disdik&sort=newest");

        Element suggestion = page.selectFirst("p.suggestion");
        assertThat(suggestion.text()).isEqualTo("Mungkin maksud Anda: beasiswa");
        assertThat(suggestion.selectFirst("a").attr("href")).isEqualTo("/?q=beasiswa&sort=newest&agency=disdik");
    }

    @Test
    void hiddenExpiredAnnouncementsAreCountedWithALinkThatShowsThem() throws Exception {
        Element hidden = page("/?q=beasisswa").selectFirst("p.expired-hidden");

        assertThat(hidden.text()).isEqualTo("3 pengumuman kedaluwarsa disembunyikan — tampilkan");
        assertThat(hidden.selectFirst("a").attr("href")).isEqualTo("/?q=beasisswa&includeExpired=true");
        assertThat(page("/?q=beasisswa&includeExpired=true").select("p.expired-hidden")).isEmpty();
    }

    @Test
    void filtersSortAndTheSelectedOnesComeBeforeTheResultsAndEachTapsAway() throws Exception {
        Document page = page("/?q=beasisswa&agency=disdik&year=2026&from=2026-01-01&sort=newest");

        Element results = page.selectFirst("section.results");
        List<String> order = results.children().stream().map(child -> child.tagName() + "." + child.className())
                .toList();
        assertThat(order.indexOf("details.refine")).isLessThan(order.indexOf("ol.hits"));
        assertThat(order.indexOf("ul.chips")).isLessThan(order.indexOf("details.refine"));
        assertThat(results.selectFirst("details.refine > summary").text()).isEqualTo("Saring & urutkan");
        assertThat(results.select("details.refine input[name=sort][checked]").eachAttr("value"))
                .containsExactly("newest");
        assertThat(results.select("details.refine input[name=year][checked]").eachAttr("value"))
                .containsExactly("2026");
        assertThat(results.selectFirst("details.refine input#from").val()).isEqualTo("2026-01-01");
        assertThat(results.select("ul.chips a").eachText()).containsExactly(
                "Instansi: Dinas Pendidikan × (hapus saringan)", "Tahun terbit: 2026 × (hapus saringan)",
                "Dari tanggal: 1 Januari 2026 × (hapus saringan)");
        assertThat(results.select("ul.chips a").eachAttr("href")).containsExactly(
                "/?q=beasisswa&sort=newest&year=2026&from=2026-01-01",
                "/?q=beasisswa&sort=newest&agency=disdik&from=2026-01-01",
                "/?q=beasisswa&sort=newest&agency=disdik&year=2026");
        assertThat(page.selectFirst(".search-links a[type=application/rss+xml]").attr("href"))
                .isEqualTo("/feeds/search.rss?q=beasisswa&agency=disdik");
        assertThat(page.selectFirst(".search-links a.share").attr("href")).isEqualTo(
                "https://jembatan.sawahluntokota.go.id/?q=beasisswa&sort=newest&agency=disdik&year=2026"
                        + "&from=2026-01-01");
    }

    @Test
    void theTitleCountsTheResultsAndFocusCanMoveToTheResultsHeading() throws Exception {
        Document page = page("/?q=beasisswa");

        assertThat(page.title()).isEqualTo("12 hasil untuk “beasisswa” – Perpustakaan Kota Sawahlunto");
        assertThat(page.getElementById("results-heading").attr("tabindex")).isEqualTo("-1");
        assertThat(page("/?q=beasisswa&lang=en").title())
                .isEqualTo("12 results for “beasisswa” – Sawahlunto City Library");
    }

    @Test
    void indonesianContentIsMarkedAsSuchOnTheEnglishPageOnly() throws Exception {
        Document english = page("/?q=beasisswa&lang=en");
        Element first = english.selectFirst("ol.hits > li");
        assertThat(first.selectFirst("h3 a").attr("lang")).isEqualTo("id");
        assertThat(first.selectFirst(".snippet").attr("lang")).isEqualTo("id");
        assertThat(first.selectFirst(".meta span").attr("lang")).as("the agency's name").isEqualTo("id");
        assertThat(english.selectFirst("p.suggestion a").attr("lang")).isEqualTo("id");
        Document filtered = page("/?q=beasisswa&agency=disdik&year=2026&lang=en");
        assertThat(filtered.select("ul.chips a > span[lang]").eachText()).containsExactly("Agency: Dinas Pendidikan");

        Document indonesian = page("/?q=beasisswa&lang=id");
        assertThat(indonesian.select("main [lang]")).isEmpty();
    }

    @Test
    void snippetsMakeTelephoneNumbersTappable() throws Exception {
        Element snippet = page("/?q=beasisswa").selectFirst("ol.hits .snippet");

        assertThat(snippet.selectFirst("a").attr("href")).isEqualTo("tel:+6275461234");
        assertThat(snippet.text()).isEqualTo("Hubungi 0754-61234.");
    }

    @Test
    void theOnlyScriptIsAFileThePolicyAllowsAndNothingRunsInline() throws Exception {
        var response = mvc.perform(get("/?q=beasisswa")).andReturn().getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").attr("src")).isEqualTo("/assets/portal.js");
        assertThat(page.selectFirst("script").data()).isEmpty();
        assertThat(page.select("[onclick], [onload], [style]")).isEmpty();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(page.selectFirst("#q").attr("list")).as("completions are linked by the script only").isEmpty();
    }
}
