package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.Regulation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A regulation's page links both ways: to the regulations it amends and revokes where they are published here, and to
 * those that amend or revoke it, with its standing; its text keeps tables in a scrolling region, images lazy and
 * telephone numbers tappable; in English its Indonesian text is marked so. An event's page says when and where it
 * is, how to register, and whether it was called off or is over.
 */
@WebSlice(DocumentPageController.class)
class DocumentPageTest {

    private static final Agency HUKUM = new Agency("hukum", "Bagian Hukum");
    private static final Instant PUBLISHED = Instant.parse("2025-03-03T03:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private PortalSearch search;

    private static id.perpustakaan.jembatan.model.Document regulation(String id, String nomor, List<String> amends,
                                                                       String html) {
        return new id.perpustakaan.jembatan.model.Document(id, "hukum-web", HUKUM, DocumentKind.REGULATION,
                "Peraturan Wali Kota Nomor " + nomor + " Tahun 2024", null, "Pasal 1. Hubungi (0754) 61234.", html,
                "id", "https://hukum.sawahluntokota.go.id/produk-hukum/perwako-" + nomor, null, PUBLISHED, null, PUBLISHED,
                null,
                new Regulation("Perwako", nomor, 2024, "Jam Layanan", amends, List.of()), List.of(), "h", 1, null,
                List.of(), List.of(), null);
    }

    @BeforeEach
    void twoRegulations() throws Exception {
        var amending = regulation("perwako-20", "20", List.of("Perwako 12/2024", "Perwako 3/1999"),
                "<p>Tabel jam layanan:</p><table><tr><td>Senin</td><td>08.00-12.00</td></tr></table>"
                        + "<p><img src=\"https://hukum.sawahluntokota.go.id/peta.png\" width=\"640\" height=\"480\">"
                        + "</p><p>Pengaduan: 0812-3456-7890</p>");
        var amended = regulation("perwako-12", "12", List.of(), null);
        when(search.find("perwako-20")).thenReturn(Optional.of(amending));
        when(search.find("perwako-12")).thenReturn(Optional.of(amended));
        when(search.related(any())).thenReturn(List.of());
        when(search.agencyNames(any())).thenReturn(code -> code);
        when(search.earlierRegulations(amending.regulation())).thenReturn(Map.of("Perwako 12/2024", amended));
        when(search.earlierRegulations(amended.regulation())).thenReturn(Map.of());
        when(search.laterRegulations(amending.regulation())).thenReturn(LaterRegulations.Links.NONE);
        when(search.laterRegulations(amended.regulation()))
                .thenReturn(new LaterRegulations.Links(List.of(amending), List.of()));
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static Element fact(Document page, String term) {
        return page.select("section.regulation dt").stream().filter(dt -> dt.text().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + term)).nextElementSibling();
    }

    @Test
    void theAmendingRegulationLinksWhatItAmendsWherePublishedAndIsInForce() throws Exception {
        Document page = page("/dokumen/perwako-20");

        assertThat(fact(page, "Status").text()).isEqualTo("Berlaku");
        Element amends = fact(page, "Mengubah");
        assertThat(amends.select("li").eachText()).containsExactly("Perwako 12/2024", "Perwako 3/1999");
        assertThat(amends.select("a").eachAttr("href")).as("only the published one is a link")
                .containsExactly("/dokumen/perwako-12");
    }

    @Test
    void theAmendedRegulationSaysSoAndLinksTheAmendment() throws Exception {
        Document page = page("/dokumen/perwako-12");

        assertThat(fact(page, "Status").text()).isEqualTo("Berlaku dengan perubahan");
        Element amendedBy = fact(page, "Diubah dengan");
        assertThat(amendedBy.selectFirst("a").attr("href")).isEqualTo("/dokumen/perwako-20");
        assertThat(amendedBy.selectFirst("a").text()).isEqualTo("Peraturan Wali Kota Nomor 20 Tahun 2024");
    }

    @Test
    void tablesScrollImagesWaitAndTelephoneNumbersAreTappable() throws Exception {
        Element content = page("/dokumen/perwako-20").selectFirst("section.content");

        Element region = content.selectFirst("div.table-scroll");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("aria-label")).isEqualTo("Tabel 1");
        assertThat(region.select("table")).hasSize(1);
        Element image = content.selectFirst("img");
        assertThat(image.attr("src")).isEqualTo("https://hukum.sawahluntokota.go.id/peta.png");
        assertThat(image.attr("loading")).isEqualTo("lazy");
        assertThat(image.attr("width")).isEqualTo("640");
        assertThat(image.hasAttr("alt")).isTrue();
        assertThat(content.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:+6281234567890");
        assertThat(page("/dokumen/perwako-12").select("section.content p.text a[href^=tel:]").eachText())
                .as("plain text too").containsExactly("(0754) 61234");
    }

    @Test
    void aRegulationWithoutAStandingWhoseValidityEndedIsNotInForce() throws Exception {
        var lapsed = new id.perpustakaan.jembatan.model.Document("perwako-3", "hukum-web", HUKUM,
                DocumentKind.REGULATION, "Perwako 3/2024", null, "Pasal 1.", null, "id", null, null, PUBLISHED, null,
                PUBLISHED, Instant.parse("2026-06-30T16:59:59Z"),
                new Regulation("Perwako", "3", 2024, "Masa Tanggap Darurat", List.of(), List.of()), List.of(), "h",
                1, null, List.of(), List.of(), null);
        when(search.find("perwako-3")).thenReturn(Optional.of(lapsed));
        when(search.laterRegulations(lapsed.regulation())).thenReturn(LaterRegulations.Links.NONE);
        when(search.earlierRegulations(lapsed.regulation())).thenReturn(Map.of());

        Document page = page("/dokumen/perwako-3");

        assertThat(fact(page, "Status").text()).isEqualTo("Tidak berlaku");
        assertThat(page.selectFirst(".validity").text()).isEqualTo("Sudah tidak berlaku sejak 30 Juni 2026.");
    }

    @Test
    void aDocumentValidUntilADaySaysHowManyDaysAreLeft() throws Exception {
        var announcement = new id.perpustakaan.jembatan.model.Document("beasiswa", "disdik-web", HUKUM,
                DocumentKind.ANNOUNCEMENT, "Beasiswa", null, "Pendaftaran dibuka.", null, "id", null, null, PUBLISHED,
                null, PUBLISHED, Instant.parse("2027-01-31T16:59:59Z"), null, List.of(), "h", 1, null, List.of(),
                List.of(), null);
        when(search.find("beasiswa")).thenReturn(Optional.of(announcement));

        assertThat(page("/dokumen/beasiswa").selectFirst(".validity").text())
                .isEqualTo("Berlaku sampai 31 Januari 2027 · 58 hari lagi");
    }

    @Test
    void onTheEnglishPageTheIndonesianTitleAndTextAreMarked() throws Exception {
        Document page = page("/dokumen/perwako-20?lang=en");

        assertThat(page.selectFirst("main h1").attr("lang")).isEqualTo("id");
        assertThat(page.selectFirst("section.content > div").attr("lang")).isEqualTo("id");
        assertThat(page.selectFirst("section.content div.table-scroll").attr("aria-label")).isEqualTo("Table 1");
        assertThat(page("/dokumen/perwako-20?lang=id").select("main [lang]")).isEmpty();
    }

    private static id.perpustakaan.jembatan.model.Document event(String id, Event event) {
        return new id.perpustakaan.jembatan.model.Document(id, "diskominfo-web", new Agency("diskominfo",
                "Dinas Komunikasi dan Informatika"), DocumentKind.EVENT, "Pelatihan Literasi Digital", null,
                "Pelatihan untuk UMKM.", null, "id", null, null, PUBLISHED, null, PUBLISHED, event.endsAt(), null,
                List.of(), "h", 1, null, List.of(), List.of(), null, null, event);
    }

    private static Element eventFact(Document page, String term) {
        return page.select("section.event-block dt").stream().filter(dt -> dt.text().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + term)).nextElementSibling();
    }

    @Test
    void anEventsPageSaysWhenWhereWhoAndHowToRegisterNearTheTop() throws Exception {
        // Thursday 10 December 2026, 09.00-12.00 WIB; the slice lives on 4 December
        var training = new Event(Instant.parse("2026-12-10T02:00:00Z"), Instant.parse("2026-12-10T05:00:00Z"), false,
                new EventPlace("Aula Perpustakaan Kota", "Jl. Ahmad Yani 2", "Saringan", "Barangin"), "Diskominfo",
                "https://s.id/literasi", Instant.parse("2026-12-08T16:59:59Z"), 40, false);
        when(search.find("literasi")).thenReturn(Optional.of(event("literasi", training)));

        Document page = page("/dokumen/literasi");

        Element block = page.selectFirst("section.event-block");
        assertThat(block.selectFirst("h2").text()).isEqualTo("Acara");
        assertThat(block.elementSiblingIndex()).as("right below the document's facts")
                .isEqualTo(page.selectFirst("article.document > dl.facts").elementSiblingIndex() + 1);
        assertThat(eventFact(page, "Waktu").text()).isEqualTo("Kamis, 10 Desember 2026, 09.00–12.00 WIB");
        assertThat(eventFact(page, "Waktu").selectFirst("time").attr("datetime"))
                .isEqualTo("2026-12-10T09:00:00+07:00");
        assertThat(eventFact(page, "Tempat").text())
                .isEqualTo("Aula Perpustakaan Kota Jl. Ahmad Yani 2 Kelurahan Saringan, Kecamatan Barangin");
        assertThat(eventFact(page, "Penyelenggara").text()).isEqualTo("Diskominfo");
        assertThat(eventFact(page, "Pendaftaran").text())
                .isEqualTo("Daftar paling lambat Selasa, 8 Desember 2026 Daftar di s.id");
        assertThat(eventFact(page, "Kuota").text()).isEqualTo("40 orang");
        assertThat(block.select(".badge")).isEmpty();
        assertThat(block.selectFirst("a[href=/agenda]")).isNotNull();
        assertThat(page.select("p.validity")).as("its end is said as its time").isEmpty();

        Document english = page("/dokumen/literasi?lang=en");
        assertThat(english.selectFirst("section.event-block h2").text()).isEqualTo("Event");
        assertThat(eventFact(english, "When").text()).isEqualTo("Thursday, 10 December 2026, 09:00–12:00 WIB");
        assertThat(eventFact(english, "Where").attr("lang")).isEqualTo("id");
    }

    @Test
    void aCancelledEventSaysSoAndAnEndedOneThatItIsOver() throws Exception {
        var posyandu = new Event(Instant.parse("2026-12-05T01:00:00Z"), null, false, null, null,
                "https://s.id/posyandu", null, null, false);
        when(search.find("posyandu")).thenReturn(Optional.of(event("posyandu", posyandu.cancel())));
        when(search.find("kemarin")).thenReturn(Optional.of(event("kemarin", new Event(
                Instant.parse("2026-12-03T01:00:00Z"), null, false, null, null, null, null, null, false))));

        Element cancelled = page("/dokumen/posyandu").selectFirst("section.event-block");
        assertThat(cancelled.hasClass("cancelled")).isTrue();
        assertThat(cancelled.selectFirst("p.event-status").text()).isEqualTo("Dibatalkan Acara ini dibatalkan.");
        assertThat(cancelled.select("a[href^=https://s.id]")).as("no registration for what was called off").isEmpty();
        assertThat(cancelled.select("dt").eachText()).contains("Diumumkan oleh").doesNotContain("Pendaftaran");

        Element over = page("/dokumen/kemarin").selectFirst("section.event-block");
        assertThat(over.hasClass("over")).isTrue();
        assertThat(over.selectFirst("p.event-status").text()).isEqualTo("Acara ini sudah selesai.");
    }
}
