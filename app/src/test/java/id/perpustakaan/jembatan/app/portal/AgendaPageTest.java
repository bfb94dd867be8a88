package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agenda as a citizen reads it on Friday 4 December 2026, 10.00 WIB (the slice's still clock): events under the
 * day they are on, in Indonesian or English; this week, this month or all; filters by kecamatan and organiser that
 * work as a plain form and come back as chips; a cancelled event marked; a useful sentence when there is nothing.
 */
@WebSlice(AgendaPageController.class)
class AgendaPageTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Agency DISKOMINFO = new Agency("diskominfo", "Dinas Komunikasi dan Informatika");
    private static final Agency DINKES = new Agency("dinkes", "Dinas Kesehatan");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private AgendaSearch agenda;

    /** A fair that began yesterday, a training this afternoon, a cancelled posyandu tomorrow, a forum next week. */
    private static final List<id.perpustakaan.jembatan.model.Document> EVENTS = List.of(
            event("bursa", "Bursa Kerja Sawahlunto 2026", DISKOMINFO, new Event(wib("2026-12-03T00:00"),
                    wib("2026-12-07T00:00"), true, EventPlace.named("Lapangan Segitiga"), "Disnaker", null, null,
                    null, false)),
            event("literasi", "Pelatihan Literasi Digital", DISKOMINFO, new Event(wib("2026-12-04T13:00"),
                    wib("2026-12-04T15:00"), false,
                    new EventPlace("Aula Perpustakaan Kota", "Jl. Ahmad Yani 2", "Saringan", "Barangin"),
                    "Diskominfo", "https://s.id/literasi", wib("2026-12-04T23:59"), 40, false)),
            event("posyandu", "Posyandu Mawar", DINKES, new Event(wib("2026-12-05T08:00"), null, false,
                    new EventPlace("Posyandu Mawar", null, "Durian I", "Barangin"), null, null, null, null, true)),
            event("forum", "Forum Anak Kota Sawahlunto", DISKOMINFO, new Event(wib("2026-12-12T09:00"),
                    wib("2026-12-12T12:00"), false, new EventPlace("Gedung Pusat Kebudayaan", null, null, "Lembah"
                    + " Segar"), "Diskominfo", "https://forms.example.org/forum-anak", wib("2026-12-10T12:00"),
                    150, false)));

    @BeforeEach
    void fourEvents() throws Exception {
        when(agenda.agenda(any())).thenReturn(new AgendaSearch.Agenda(4, EVENTS, Map.of(
                "kecamatan", List.of(new SearchResult.FacetCount("Barangin", 2),
                        new SearchResult.FacetCount("Lembah Segar", 1)),
                "organiser", List.of(new SearchResult.FacetCount("Diskominfo", 2),
                        new SearchResult.FacetCount("Disnaker", 1)),
                "agency", List.of())));
    }

    private static id.perpustakaan.jembatan.model.Document event(String id, String title, Agency agency, Event event) {
        return new id.perpustakaan.jembatan.model.Document(id, "agenda-web", agency, DocumentKind.EVENT, title, null,
                title, null, "id", null, null, Instant.parse("2026-11-20T03:00:00Z"), null,
                Instant.parse("2026-11-20T03:00:00Z"), event.endsAt(), null, List.of(), "h", 1, null, List.of(),
                List.of(), null, null, event);
    }

    private static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private AgendaSearch.AgendaQuery asked() throws Exception {
        ArgumentCaptor<AgendaSearch.AgendaQuery> query = ArgumentCaptor.forClass(AgendaSearch.AgendaQuery.class);
        verify(agenda).agenda(query.capture());
        return query.getValue();
    }

    private static Element event(Document page, String title) {
        return page.select("article.event").stream().filter(article -> article.selectFirst("h3").text().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + title));
    }

    private static String fact(Element event, String term) {
        return event.select("dt").stream().filter(dt -> dt.text().equals(term)).findFirst()
                .map(dt -> dt.nextElementSibling().text()).orElse(null);
    }

    @Test
    void eventsAreListedSoonestFirstUnderTheDayTheyAreOnInIndonesian() throws Exception {
        Document page = page("/agenda");

        assertThat(page.select("section.day > h2").eachText()).containsExactly(
                "Jumat, 4 Desember 2026 (hari ini)", "Sabtu, 5 Desember 2026 (besok)", "Sabtu, 12 Desember 2026");
        assertThat(page.select("section.day > h2 time").eachAttr("datetime"))
                .containsExactly("2026-12-04", "2026-12-05", "2026-12-12");
        assertThat(page.select("section.day").get(0).select("h3").eachText()).as("a fair that began yesterday is"
                + " today's too").containsExactly("Bursa Kerja Sawahlunto 2026", "Pelatihan Literasi Digital");
        assertThat(page.selectFirst("section.day h3 a").attr("href")).isEqualTo("/dokumen/bursa");

        Element training = event(page, "Pelatihan Literasi Digital");
        assertThat(training.selectFirst("p.when").text()).isEqualTo("Jumat, 4 Desember 2026, 13.00–15.00 WIB");
        assertThat(training.selectFirst("p.when time").attr("datetime")).isEqualTo("2026-12-04T13:00:00+07:00");
        assertThat(fact(training, "Tempat")).isEqualTo(
                "Aula Perpustakaan Kota Jl. Ahmad Yani 2 Kelurahan Saringan, Kecamatan Barangin");
        assertThat(fact(training, "Penyelenggara")).isEqualTo("Diskominfo");
        assertThat(fact(training, "Pendaftaran")).isEqualTo("Daftar paling lambat Jumat, 4 Desember 2026"
                + " Daftar di s.id");
        assertThat(training.selectFirst("dd a[href=https://s.id/literasi]").attr("rel")).contains("noopener");
        assertThat(fact(training, "Kuota")).isEqualTo("40 orang");

        Element forum = event(page, "Forum Anak Kota Sawahlunto");
        assertThat(fact(forum, "Pendaftaran")).isEqualTo("Daftar sebelum Kamis, 10 Desember 2026, 12.00 WIB"
                + " Daftar di forms.example.org");
        Element fair = event(page, "Bursa Kerja Sawahlunto 2026");
        assertThat(fair.selectFirst("p.when").text()).isEqualTo("Kamis, 3 Desember 2026 – Minggu, 6 Desember 2026");
        assertThat(fair.selectFirst("p.when time").attr("datetime")).isEqualTo("2026-12-03");
        assertThat(page.title()).isEqualTo("Agenda acara – Perpustakaan Kota Sawahlunto");
        assertThat(page.selectFirst("p.count").text()).isEqualTo("4 acara yang akan datang.");
    }

    @Test
    void aCancelledEventIsMarkedAndOffersNoRegistration() throws Exception {
        Element posyandu = event(page("/agenda"), "Posyandu Mawar");

        assertThat(posyandu.hasClass("cancelled")).isTrue();
        assertThat(posyandu.selectFirst("p.when").text()).isEqualTo("Dibatalkan Sabtu, 5 Desember 2026, 08.00 WIB");
        assertThat(posyandu.selectFirst("p.when .badge").text()).isEqualTo("Dibatalkan");
        assertThat(fact(posyandu, "Diumumkan oleh")).as("no organiser named: who announced it")
                .isEqualTo("Dinas Kesehatan");
        assertThat(fact(posyandu, "Pendaftaran")).isNull();
        assertThat(event(page("/agenda"), "Pelatihan Literasi Digital").select(".badge")).isEmpty();
    }

    @Test
    void thisWeekRunsMondayToSundayInWibAndThisMonthToItsLastDay() throws Exception {
        Document week = page("/agenda?view=week");
        AgendaSearch.AgendaQuery query = asked();

        assertThat(query.endsAfter()).isEqualTo(WebSlice.NOW);
        assertThat(query.startsBefore()).as("Monday 7 December, 00.00 WIB").isEqualTo(wib("2026-12-07T00:00"));
        assertThat(query.size()).isEqualTo(AgendaForm.PAGE_SIZE);
        assertThat(week.selectFirst("p.count").text())
                .isEqualTo("4 acara minggu ini: Senin, 30 November 2026 – Minggu, 6 Desember 2026.");
        assertThat(week.select("nav.periods a").eachText()).containsExactly("Minggu ini", "Bulan ini", "Semua");
        assertThat(week.select("nav.periods a").eachAttr("href"))
                .containsExactly("/agenda?view=week", "/agenda?view=month", "/agenda");
        assertThat(week.select("nav.periods a[aria-current=page]").eachText()).containsExactly("Minggu ini");
        assertThat(week.title()).isEqualTo("Agenda acara – Minggu ini – Perpustakaan Kota Sawahlunto");

        org.mockito.Mockito.clearInvocations(agenda);
        Document month = page("/agenda?view=month");
        assertThat(asked().startsBefore()).isEqualTo(wib("2027-01-01T00:00"));
        assertThat(month.selectFirst("p.count").text()).isEqualTo("4 acara bulan ini, Desember 2026.");

        org.mockito.Mockito.clearInvocations(agenda);
        page("/agenda?view=semua-saja&page=dua");
        assertThat(asked().startsBefore()).as("an unknown period is all that is coming").isNull();
    }

    @Test
    void kecamatanAndOrganiserFilterAsAPlainFormWithCountsAndComeBackAsChips() throws Exception {
        Document page = page("/agenda?view=week&kecamatan=Barangin&organiser=Diskominfo");
        AgendaSearch.AgendaQuery query = asked();

        assertThat(query.kecamatan()).containsExactly("Barangin");
        assertThat(query.organisers()).containsExactly("Diskominfo");
        Element form = page.selectFirst("details.refine form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/agenda");
        assertThat(form.selectFirst("input[type=hidden][name=view]").val()).isEqualTo("week");
        assertThat(form.select("input[name=kecamatan]").eachAttr("value")).containsExactly("Barangin", "Lembah Segar");
        assertThat(form.select("input[name=kecamatan][checked]").eachAttr("value")).containsExactly("Barangin");
        assertThat(form.select("input[name=kecamatan] + label").eachText())
                .containsExactly("Barangin (2)", "Lembah Segar (1)");
        assertThat(form.select("input[name=organiser][checked]").eachAttr("value")).containsExactly("Diskominfo");
        assertThat(form.select("label").stream().allMatch(label -> form.getElementById(label.attr("for")) != null))
                .as("every label names its box").isTrue();

        assertThat(page.select("ul.chips a").eachText()).containsExactly("Kecamatan: Barangin × (hapus saringan)",
                "Penyelenggara: Diskominfo × (hapus saringan)");
        assertThat(page.select("ul.chips a").eachAttr("href")).containsExactly(
                "/agenda?view=week&organiser=Diskominfo", "/agenda?view=week&kecamatan=Barangin");
        assertThat(page.select("nav.periods a").eachAttr("href")).as("another period keeps the filters")
                .containsExactly("/agenda?view=week&kecamatan=Barangin&organiser=Diskominfo",
                        "/agenda?view=month&kecamatan=Barangin&organiser=Diskominfo",
                        "/agenda?kecamatan=Barangin&organiser=Diskominfo");
        assertThat(page.select("section.subscribe a").eachAttr("href")).containsExactly("/feeds/agenda.ics",
                "/feeds/agenda.ics?kecamatan=Barangin", "/feeds/kinds/event.rss");
        assertThat(page.select("section.subscribe a").eachText()).containsExactly(
                "Kalender semua acara (iCalendar)", "Kalender acara di Kecamatan Barangin (iCalendar)",
                "Umpan RSS acara");
    }

    @Test
    void anEmptyPeriodSaysSoAndLeadsToAllThatIsComingAndTheCalendar() throws Exception {
        when(agenda.agenda(any())).thenReturn(new AgendaSearch.Agenda(0, List.of(), Map.of()));

        Document week = page("/agenda?view=week");
        assertThat(week.select("section.day")).isEmpty();
        assertThat(week.select("p.count")).isEmpty();
        assertThat(week.select("details.refine")).as("nothing to filter").isEmpty();
        Element empty = week.selectFirst("div.empty");
        assertThat(empty.text()).startsWith("Belum ada acara minggu ini. Lihat semua acara yang akan datang")
                .contains("Berlangganan kalender");
        assertThat(empty.selectFirst("a").attr("href")).isEqualTo("/agenda");
        assertThat(week.select("section.subscribe a[href=/feeds/agenda.ics]")).hasSize(1);

        Document filtered = page("/agenda?kecamatan=Talawi");
        assertThat(filtered.selectFirst("div.empty").text())
                .startsWith("Tidak ada acara yang cocok dengan saringan ini. Hapus semua saringan");
        assertThat(filtered.selectFirst("div.empty a").attr("href")).isEqualTo("/agenda");
        assertThat(filtered.select("ul.chips a").eachAttr("href")).containsExactly("/agenda");
    }

    @Test
    void inEnglishTheDaysAndHoursAreEnglishAndTheIndonesianContentIsMarked() throws Exception {
        Document page = page("/agenda?lang=en");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Events – Sawahlunto City Library");
        assertThat(page.select("section.day > h2").eachText()).containsExactly(
                "Friday, 4 December 2026 (today)", "Saturday, 5 December 2026 (tomorrow)",
                "Saturday, 12 December 2026");
        Element training = event(page, "Pelatihan Literasi Digital");
        assertThat(training.selectFirst("p.when").text()).isEqualTo("Friday, 4 December 2026, 13:00–15:00 WIB");
        assertThat(training.selectFirst("h3 a").attr("lang")).isEqualTo("id");
        assertThat(fact(training, "Where")).isEqualTo(
                "Aula Perpustakaan Kota Jl. Ahmad Yani 2 Kelurahan Saringan, Kecamatan Barangin");
        assertThat(fact(training, "Registration")).isEqualTo("Register by Friday, 4 December 2026"
                + " Register at s.id");
        assertThat(fact(training, "Places")).isEqualTo("40 people");
        assertThat(event(page, "Posyandu Mawar").selectFirst(".badge").text()).isEqualTo("Cancelled");
        assertThat(page.select("nav.periods a").eachText()).containsExactly("This week", "This month", "All");
        assertThat(page.selectFirst("header a[href=/agenda]").attr("aria-current")).isEqualTo("page");

        assertThat(page("/agenda?lang=id").select("main [lang]")).isEmpty();
    }

    @Test
    void theHeaderLinksTheAgendaAndThePageRunsNoScript() throws Exception {
        var response = mvc.perform(get("/agenda")).andReturn().getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.selectFirst("header nav a[href=/agenda]").text()).isEqualTo("Agenda");
        assertThat(page.selectFirst("header nav a[href=/agenda]").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[onclick], [onload], [style]")).isEmpty();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self';");
        assertThat(page.selectFirst("header nav.language a").attr("href")).isEqualTo("/agenda?lang=en");
    }

    @Test
    void pagesAreNumberedAndBoundedByWhatTheAgendaSearchPagesTo() throws Exception {
        when(agenda.agenda(any())).thenReturn(new AgendaSearch.Agenda(120, EVENTS, Map.of()));

        Document second = page("/agenda?kecamatan=Barangin&page=2");
        assertThat(asked().from()).isEqualTo(AgendaForm.PAGE_SIZE);
        assertThat(second.select("nav.pages a").eachText()).containsExactly("Sebelumnya", "1", "2", "3",
                "Berikutnya");
        assertThat(second.selectFirst("nav.pages a[rel=next]").attr("href"))
                .isEqualTo("/agenda?kecamatan=Barangin&page=3");

        org.mockito.Mockito.clearInvocations(agenda);
        page("/agenda?page=100000");
        AgendaSearch.AgendaQuery last = asked();
        assertThat(last.from() + last.size()).isEqualTo(AgendaSearch.MAX_WINDOW);
    }
}
