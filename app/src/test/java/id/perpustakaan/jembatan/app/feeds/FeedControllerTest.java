package id.perpustakaan.jembatan.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Feeds link to the portal's configured address whatever Host was asked, and RSS readers never meet live HTML. */
@WebSlice(FeedController.class)
@TestPropertySource(properties = "jembatan.portal.base-url=https://jembatan.sawahluntokota.go.id")
class FeedControllerTest {


    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SearchService search;

    @BeforeEach
    void oneHostileHit() throws Exception {
        var hit = new SearchResult.Hit("dok-1", "Jadwal <script>alert(1)</script> & Lokasi",
                new Agency("diskominfo", "Dinas Komunikasi dan Informatika"), DocumentKind.ANNOUNCEMENT,
                "Isi <img src=x onerror=alert(1)> & lainnya", List.of(), Instant.parse("2026-12-01T03:00:00Z"),
                Instant.parse("2026-12-01T04:00:00Z"), null, null, null, null);
        when(search.search(any())).thenReturn(new SearchResult(1, 0, 30, List.of(hit), Map.of()));
    }

    @Test
    void linksComeFromTheConfiguredAddressNotFromTheHostHeader() throws Exception {
        String rss = mvc.perform(get("/feeds/kinds/announcement.rss").header("Host", "penipu.example")
                        .header("X-Forwarded-Host", "penipu.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(rss).doesNotContain("penipu.example");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(rss));
        assertThat(feed.getLink()).isEqualTo("https://jembatan.sawahluntokota.go.id/");
        assertThat(feed.getEntries().get(0).getLink())
                .isEqualTo("https://jembatan.sawahluntokota.go.id/dokumen/dok-1");
    }

    @Test
    void rssCarriesTitlesAndDescriptionsThatAReaderDecodingHtmlShowsAsText() throws Exception {
        String rss = mvc.perform(get("/feeds/kinds/announcement.rss")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        SyndEntry entry = new SyndFeedInput().build(new StringReader(rss)).getEntries().get(0);
        // what a reader gets after XML decoding, and then treats as HTML: entities, never a tag
        assertThat(entry.getTitle()).isEqualTo("Jadwal &lt;script&gt;alert(1)&lt;/script&gt; & Lokasi");
        assertThat(entry.getDescription().getValue())
                .isEqualTo("Isi &lt;img src=x onerror=alert(1)&gt; &amp; lainnya");
    }

    @Test
    void atomSaysItsTextIsTextAndKeepsItAsItIs() throws Exception {
        String atom = mvc.perform(get("/feeds/kinds/announcement.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        SyndEntry entry = new SyndFeedInput().build(new StringReader(atom)).getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Jadwal <script>alert(1)</script> & Lokasi");
        assertThat(atom).contains("type=\"text\"");
    }

    @Test
    void sertaMertaInformationThatIsStillNewsComesFirstAndIsMarked() throws Exception {
        var news = hit("berita", "Festival budaya", "2026-12-04T01:00:00Z", null, null);
        var flood = hit("banjir", "Peringatan dini banjir", "2026-12-02T01:00:00Z", null, Klasifikasi.SERTA_MERTA);
        var oldAlert = hit("lama", "Pemadaman listrik", "2026-11-20T01:00:00Z", null, Klasifikasi.SERTA_MERTA);
        var over = hit("lewat", "Gangguan air", "2026-12-03T01:00:00Z", Instant.parse("2026-12-03T12:00:00Z"),
                Klasifikasi.SERTA_MERTA);
        when(search.search(any())).thenReturn(new SearchResult(4, 0, 30, List.of(news, over, flood, oldAlert),
                Map.of()));

        String rss = mvc.perform(get("/feeds/kinds/announcement.rss")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String json = mvc.perform(get("/feeds/kinds/announcement.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<SyndEntry> entries = new SyndFeedInput().build(new StringReader(rss)).getEntries();
        // the week-old alert and the one no longer valid keep their place among the newest, marked all the same
        assertThat(entries).extracting(SyndEntry::getTitle).containsExactly("Peringatan dini banjir",
                "Festival budaya", "Gangguan air", "Pemadaman listrik");
        assertThat(entries.get(0).getCategories()).extracting(c -> c.getName()).contains("serta-merta");
        assertThat(entries.get(1).getCategories()).extracting(c -> c.getName()).doesNotContain("serta-merta");
        assertThat(json.indexOf("Peringatan dini banjir")).isLessThan(json.indexOf("Festival budaya"));
        assertThat(json).contains("\"serta-merta\"");
    }

    private static SearchResult.Hit hit(String id, String title, String published, Instant validUntil,
                                        Klasifikasi klasifikasi) {
        return new SearchResult.Hit(id, title, new Agency("bpbd", "BPBD"), DocumentKind.ANNOUNCEMENT, null,
                List.of(), Instant.parse(published), Instant.parse(published), null, null, null, null, null,
                validUntil, "id", null, List.of(), null, 1, klasifikasi);
    }

    @Test
    void anAddressLongerThanAnyDocumentsIsRefusedBeforeItIsSearched() throws Exception {
        mvc.perform(get("/feeds/agencies/" + "x".repeat(2_000) + ".rss"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the address is 2020 characters long; no page or document has"
                        + " an address longer than 1024"));
        mvc.perform(get("/feeds/search.rss").param("agency", "a".repeat(1_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("parameter 'agency' is 1001 characters long; at most 1000"
                        + " are taken"));
        org.mockito.Mockito.verifyNoInteractions(search);
    }
}
