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
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search page as a citizen reads it, with the search answering as the test says: deadlines and days left
 * counted in WIB from the slice's still clock (4 December 2026), the spelling suggestion, the hidden expired
 * announcements, the filter control above the results, the page's title, languages and its one script; an event's
 * time and place under its title; the programme finder (what is still open, by kelurahan and target group).
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

    private static SearchResult.Hit programme(String id, String title, Instant validUntil) {
        return new SearchResult.Hit(id, title, DISDIK, DocumentKind.PROGRAMME, "Program.", List.of(),
                Instant.parse("2026-11-01T03:00:00Z"), null, null, null, null, null, null, validUntil, "id", null,
                List.of("Saringan", "balita"), null, 1);
    }

    private static SearchResult.Hit event(String id, String title, Event event) {
        return new SearchResult.Hit(id, title, DISDIK, DocumentKind.EVENT, "Acara.", List.of(),
                Instant.parse("2026-11-01T03:00:00Z"), null, null, null, null, null, null, event.endsAt(), "id", null,
                List.of(), null, 1, null, event);
    }

    @Test
    void anEventResultSaysWhenAndWhereInsteadOfADeadline() throws Exception {
        // Thursday 10 December 2026, 09.00-12.00 WIB
        var training = new Event(Instant.parse("2026-12-10T02:00:00Z"), Instant.parse("2026-12-10T05:00:00Z"), false,
                new EventPlace("Aula Perpustakaan Kota", null, "Saringan", "Barangin"), "Diskominfo", null, null, null,
                false);
        var yesterday = new Event(Instant.parse("2026-12-03T01:00:00Z"), null, false, null, null, null, null, null,
                false);
        when(search.search(any())).thenReturn(new SearchResult(3, 0, 10, List.of(
                event("literasi", "Pelatihan Literasi Digital", training),
                event("posyandu", "Posyandu Mawar", training.cancel()),
                event("kemarin", "Senam Lansia", yesterday)), Map.of()));

        Document page = page("/?q=pelatihan&kind=event&includeExpired=true");

        Element first = page.selectFirst("ol.hits > li:nth-child(1)");
        assertThat(first.selectFirst("p.event-line").text()).isEqualTo("Kamis, 10 Desember 2026, 09.00–12.00 WIB"
                + " · Aula Perpustakaan Kota, Kel. Saringan, Kec. Barangin");
        assertThat(first.selectFirst("p.event-line time").attr("datetime")).isEqualTo("2026-12-10T09:00:00+07:00");
        assertThat(first.select(".deadline")).as("its end is its validity, said by its time").isEmpty();
        assertThat(page.selectFirst("ol.hits > li:nth-child(2) p.event-line .badge").text()).isEqualTo("Dibatalkan");
        assertThat(page.selectFirst("ol.hits > li:nth-child(3) p.event-line").text())
                .isEqualTo("Sudah selesai Kamis, 3 Desember 2026, 08.00 WIB");

        Document english = page("/?q=pelatihan&kind=event&lang=en");
        assertThat(english.selectFirst("ol.hits p.event-line").text()).startsWith("Thursday, 10 December 2026,"
                + " 09:00–12:00 WIB");
        assertThat(english.selectFirst("ol.hits p.event-line span[lang]").attr("lang")).isEqualTo("id");
    }

    @Test
    void theProgrammeFinderShowsWhatIsStillOpenByKelurahanAndTargetGroup() throws Exception {
        when(search.search(any())).thenReturn(new SearchResult(2, 0, 10, List.of(
                programme("pmt", "Pemberian Makanan Tambahan", Instant.parse("2027-01-31T16:59:59Z")),
                programme("imunisasi", "Imunisasi Lanjutan", Instant.parse("2026-11-30T16:59:59Z"))),
                Map.of("tag", List.of(new SearchResult.FacetCount("Saringan", 3),
                        new SearchResult.FacetCount("balita", 2), new SearchResult.FacetCount("lansia", 1)))));

        Document page = page("/?kind=programme&tag=Saringan");

        ArgumentCaptor<SearchForm> asked = ArgumentCaptor.forClass(SearchForm.class);
        org.mockito.Mockito.verify(search).search(asked.capture());
        assertThat(asked.getValue().tags()).containsExactly("Saringan");
        assertThat(asked.getValue().includeExpired()).isFalse();
        assertThat(page.select("ul.chips[aria-label] a").eachText()).containsExactly(
                "Jenis dokumen: Program × (hapus saringan)", "Kelurahan & sasaran: Saringan × (hapus saringan)",
                "Pendaftaran: Masih dibuka × (hapus saringan)");
        assertThat(page.select("ul.chips[aria-label] a").eachAttr("href")).containsExactly(
                "/?tag=Saringan", "/?kind=programme", "/?kind=programme&tag=Saringan&includeExpired=true");
        Element finder = page.selectFirst("div.finder");
        assertThat(finder.selectFirst("p").text()).isEqualTo("Saring menurut kelurahan atau sasaran:");
        assertThat(finder.select("a").eachText()).as("those not chosen yet").containsExactly("balita (2)",
                "lansia (1)");
        assertThat(finder.selectFirst("a").attr("href")).isEqualTo("/?kind=programme&tag=Saringan&tag=balita");

        Element filters = page.selectFirst("details.refine form");
        assertThat(filters.select("input[name=tag]").eachAttr("value")).containsExactly("Saringan", "balita",
                "lansia");
        assertThat(filters.select("input[name=tag][checked]").eachAttr("value")).containsExactly("Saringan");
        assertThat(filters.selectFirst("#includeExpired").parent().parent().selectFirst("legend").text())
                .isEqualTo("Pendaftaran");
        assertThat(filters.selectFirst("label[for=includeExpired]").text())
                .isEqualTo("Tampilkan juga yang sudah ditutup atau selesai");
        assertThat(page.selectFirst("form.search input[type=hidden][name=tag]").val()).isEqualTo("Saringan");
        assertThat(page.selectFirst("p.expired-hidden").text())
                .isEqualTo("3 yang sudah ditutup atau selesai disembunyikan — tampilkan");
        assertThat(page.selectFirst("ol.hits > li:nth-child(1) .deadline").text())
                .isEqualTo("Pendaftaran sampai: 31 Jan 2027 · 58 hari lagi");
        assertThat(page.selectFirst("ol.hits > li:nth-child(2) .deadline .badge").text()).isEqualTo("Ditutup");

        Document english = page("/?kind=programme&tag=Saringan&lang=en");
        assertThat(english.select("ul.chips[aria-label] a > span[lang]").eachText())
                .containsExactly("Kelurahan & target group: Saringan");
        assertThat(english.selectFirst("ol.hits .deadline").text())
                .isEqualTo("Registration until: Jan 31, 2027 · 58 days left");
    }

    @Test
    void outsideAFinderTagsAreNotOfferedAndEveryPageLinksTheAgenda() throws Exception {
        when(search.search(any())).thenReturn(new SearchResult(1, 0, 10, List.of(
                hit("beasiswa", "Beasiswa", "Beasiswa.", null)),
                Map.of("tag", List.of(new SearchResult.FacetCount("uji", 1)))));

        Document page = page("/?q=beasiswa");

        assertThat(page.select("div.finder")).isEmpty();
        assertThat(page.select("details.refine input[name=tag]")).isEmpty();
        assertThat(page.select("ul.chips")).isEmpty();
        Element agenda = page.selectFirst("header nav a[href=/agenda]");
        assertThat(agenda.text()).isEqualTo("Agenda");
        assertThat(agenda.hasAttr("aria-current")).isFalse();
    }
}
