package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Regulation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public search page over plain HTTP, as a browser without JavaScript uses it: results of seeded documents,
 * the GET forms, the language switch, escaping of what a visitor types, and the document page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPageIT extends PipelineIT {

    private final HttpClient browser = HttpClient.newHttpClient();
    private PortalFixtures fixtures;

    @BeforeAll
    void publishDocuments() throws Exception {
        fixtures = new PortalFixtures(uniqueWord("portal"));
        fixtures.publish(bootstrapServers, topics.published(), http());
    }

    @Test
    void showsAResultWithTitleAgencyKindDateSnippetAndSource() throws Exception {
        Document page = page("/?q=" + fixtures.word);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(page.title()).contains(fixtures.word).contains("Perpustakaan Kota Sawahlunto");
        Element count = page.getElementById("result-count");
        assertThat(count.attr("role")).isEqualTo("status");
        assertThat(count.attr("aria-live")).isEqualTo("polite");
        assertThat(count.text()).startsWith("2 dokumen ditemukan untuk “" + fixtures.word + "”");

        Element hit = result(page, fixtures.announcement);
        assertThat(hit.selectFirst("h3 a").text()).isEqualTo("Pengumuman Beasiswa Prestasi " + fixtures.word);
        assertThat(hit.selectFirst("h3 mark").text()).isEqualTo(fixtures.word);
        assertThat(hit.selectFirst(".meta").text()).isEqualTo("Dinas Pendidikan · Pengumuman · 3 Maret 2025");
        assertThat(hit.selectFirst(".meta time").attr("datetime")).isEqualTo("2025-03-03");
        assertThat(hit.selectFirst(".snippet mark").text()).isEqualTo(fixtures.word);
        Element source = hit.selectFirst(".source");
        assertThat(source.text()).startsWith("Sumber: Halaman asli di disdik.sawahluntokota.go.id")
                .contains("Berkas asli: pengumuman-beasiswa.pdf (PDF, 121 KB)");
        assertThat(source.select("a").eachAttr("href")).containsExactly(
                "https://disdik.sawahluntokota.go.id/pengumuman/beasiswa-prestasi",
                "/api/documents/" + fixtures.announcement + "/original");

        assertThat(page.select("main h1")).hasSize(1);
        // banner, language navigation, main, the results' region, contentinfo (the filters fold into the results)
        assertThat(page.select("header, nav, main, section.results[aria-labelledby], footer"))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(page.selectFirst("a.skip").attr("href")).isEqualTo("#main");
        assertThat(page.select("link[href^=http], script[src^=http], [style]")).as("nothing external, nothing inline")
                .isEmpty();
        assertThat(page.select("script").eachAttr("src")).as("one script, a file").containsExactly("/assets/portal.js");
        assertThat(page.select("script").first().data()).isEmpty();
        // the regulation (expired a month ago) and the reading contest match too, hidden
        Element hidden = page.selectFirst("p.expired-hidden");
        assertThat(hidden.text()).isEqualTo("2 pengumuman kedaluwarsa disembunyikan — tampilkan");
        assertThat(page(hidden.selectFirst("a").attr("href")).getElementById("result-count").text())
                .startsWith("4 dokumen ditemukan");
    }

    @Test
    void theSearchAndFilterFormsWorkWithoutJavaScript() throws Exception {
        FormElement search = (FormElement) page("/").selectFirst("form[role=search]");
        assertThat(search.attr("method")).isEqualTo("get");
        assertThat(page("/").selectFirst("label[for=q]").text()).isEqualTo("Kata kunci");
        search.selectFirst("#q").val(fixtures.word);

        Document results = page(submitted(search));
        assertThat(results.select("ol.hits h3 a").eachText()).containsExactlyInAnyOrder(
                "Pengumuman Beasiswa Prestasi " + fixtures.word, "Jadwal Perpustakaan Keliling di Kecamatan "
                        + fixtures.word);

        FormElement filters = (FormElement) results.selectFirst("details.refine form.filters");
        filters.select("input[name=kind][value=announcement]").attr("checked", "checked");
        filters.selectFirst("#includeExpired").attr("checked", "checked");
        Document filtered = page(submitted(filters));
        assertThat(filtered.select("ol.hits h3 a").eachText()).containsExactlyInAnyOrder(
                "Pengumuman Beasiswa Prestasi " + fixtures.word, "Pengumuman Lomba Membaca " + fixtures.word);
        assertThat(filtered.getElementById("result-count").text()).contains("Hasil disaring.");
        assertThat(filtered.select("form.filters input[name=kind][checked]").eachAttr("value"))
                .containsExactly("announcement");
        assertThat(filtered.selectFirst("#includeExpired").hasAttr("checked")).isTrue();
        // a new search from the box keeps the filters in force
        assertThat(filtered.select("form[role=search] input[type=hidden]").eachAttr("value"))
                .containsExactly("announcement", "true");
    }

    @Test
    void switchesToEnglishAndRemembersTheChoiceInACookie() throws Exception {
        HttpResponse<String> english = get("/?q=" + fixtures.word + "&lang=en", null);
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("jembatan-lang=en").contains("SameSite=Lax");
        Document page = Jsoup.parse(english.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Search public information");
        assertThat(result(page, fixtures.announcement).selectFirst(".meta").text())
                .isEqualTo("Dinas Pendidikan · Announcement · March 3, 2025");
        Element switchBack = page.selectFirst("nav.language a");
        assertThat(switchBack.text()).isEqualTo("Bahasa Indonesia");
        assertThat(switchBack.attr("lang")).isEqualTo("id");

        Document remembered = Jsoup.parse(get("/dokumen/" + fixtures.regulation, cookie.split(";")[0]).body());
        assertThat(remembered.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(remembered.getElementById("regulation-heading").text()).isEqualTo("Status of the regulation");

        Document indonesian = page("/?lang=xx");
        assertThat(indonesian.selectFirst("html").attr("lang")).as("an unknown language keeps the default")
                .isEqualTo("id");
        assertThat(indonesian.selectFirst("nav.language a").attr("href")).isEqualTo("/?lang=en");
    }

    @Test
    void escapesWhatAVisitorTypes() throws Exception {
        String hostile = "<script>alert('q')</script>\"><img src=x onerror=alert(1)>";
        HttpResponse<String> response = get("/?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script:not([src=/assets/portal.js]), img")).isEmpty();
        assertThat(page.getElementById("q").val()).isEqualTo(hostile);
        assertThat(page.getElementById("result-count").text()).contains(hostile);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'");
    }

    @Test
    void theDocumentPageShowsSanitisedContentAndProvenance() throws Exception {
        Document page = page("/dokumen/" + fixtures.announcement);

        assertThat(page.selectFirst("main h1").text()).isEqualTo("Pengumuman Beasiswa Prestasi " + fixtures.word);
        Element content = page.selectFirst("section.content");
        assertThat(content.select("h2").eachText()).containsExactly("Isi dokumen");
        assertThat(content.select("h3").eachText()).containsExactly("Beasiswa Prestasi");
        assertThat(content.select("h4").eachText()).containsExactly("Syarat");
        assertThat(content.text()).contains("Unduh formulir");
        assertThat(content.select("a")).as("the refused javascript: link is text now").isEmpty();
        assertThat(content.select("li").eachText()).contains("Rapor dua semester terakhir");
        assertThat(page.select("script, iframe, [onmouseover], [onerror], a[href^=javascript]")).isEmpty();
        assertThat(page.html()).doesNotContain("diretas");
        // the agency's poster stays, loading only when scrolled to; another site's pixel is gone with its handler
        Element image = content.selectFirst("img");
        assertThat(content.select("img")).hasSize(1);
        assertThat(image.attr("src")).isEqualTo("https://disdik.sawahluntokota.go.id/uploads/poster-beasiswa.jpg");
        assertThat(image.attr("loading")).isEqualTo("lazy");
        assertThat(image.attr("alt")).isEqualTo("Poster beasiswa");
        assertThat(page.html()).doesNotContain("evil.example");
        Element source = page.selectFirst("section.provenance");
        assertThat(source.selectFirst("h2").text()).isEqualTo("Sumber");
        assertThat(source.select("a").eachAttr("href")).containsExactly(
                "https://disdik.sawahluntokota.go.id/pengumuman/beasiswa-prestasi",
                "/api/documents/" + fixtures.announcement + "/original");
        assertThat(page.selectFirst(".validity").text()).startsWith("Berlaku sampai");
    }

    @Test
    void theDocumentPageShowsTheRegulationsStatusAndRelatedDocuments() throws Exception {
        Document page = page("/dokumen/" + fixtures.regulation);

        Element status = page.selectFirst("section.regulation");
        assertThat(status.select("dt").eachText()).containsExactly("Status", "Jenis", "Nomor", "Tahun", "Tentang",
                "Mengubah", "Mencabut", "Berlaku sampai");
        // no catalogue gave it a standing, and its validity ended a month ago
        assertThat(status.select("dd").eachText()).startsWith("Tidak berlaku", "Perwako", "12", "2024",
                "Jam Layanan Perpustakaan Keliling", "Perwako 5/2019", "Perwako 2/2015");
        assertThat(status.select("dd a")).as("the regulations it cites are not published here").isEmpty();
        assertThat(page.selectFirst(".validity.expired").text()).startsWith("Sudah tidak berlaku sejak");
        assertThat(page.select("section.content p.text")).hasSize(3);
        assertThat(page.select("section.related a").eachText())
                .contains("Jadwal Perpustakaan Keliling di Kecamatan " + fixtures.word)
                .doesNotContain(page.selectFirst("main h1").text());
    }

    @Test
    void withExpiredAnnouncementsShownTheCurrentOnesStillComeFirst() throws Exception {
        String word = uniqueWord("urutan");
        Instant now = Instant.now();
        // the expired one matches better (its word in title and text, twice) and is newer: it would lead otherwise
        PortalFixtures.publish(bootstrapServers, topics.published(), http(), word, List.of(
                announcement("urutan-" + word + "-lewat", "Pendaftaran " + word + " " + word + " ditutup",
                        word + " " + word + " " + word, now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS)),
                announcement("urutan-" + word + "-buka", "Pendaftaran lomba dibuka", "Lomba " + word,
                        now.minus(20, ChronoUnit.DAYS), now.plus(10, ChronoUnit.DAYS))));

        for (String sort : List.of("relevance", "newest")) {
            Document page = page("/?q=" + word + "&includeExpired=true&sort=" + sort);
            assertThat(page.select("ol.hits h3 a").eachText()).as(sort)
                    .containsExactly("Pendaftaran lomba dibuka", "Pendaftaran " + word + " " + word + " ditutup");
            assertThat(page.select("ol.hits > li").get(0).selectFirst(".deadline").text())
                    .matches("Batas: \\d{1,2} \\w{3} \\d{4} · (9|10) hari lagi");
            assertThat(page.select("ol.hits > li").get(1).selectFirst(".deadline .badge").text())
                    .isEqualTo("Kedaluwarsa");
        }
    }

    private static id.perpustakaan.jembatan.model.Document announcement(String id, String title, String text,
                                                                         Instant published, Instant validUntil) {
        return new id.perpustakaan.jembatan.model.Document(id, "disdik-web", PortalFixtures.DISDIK,
                DocumentKind.ANNOUNCEMENT, title, text, text, null, "id", null, null, published, null, published,
                validUntil, null, List.of(), "hash-" + id, 1, null, List.of(), List.of(), null);
    }

    @Test
    void regulationsLinkBothWaysWhenBothArePublished() throws Exception {
        String word = uniqueWord("ubah");
        Instant now = Instant.now();
        var earlier = regulation("ubah-" + word + "-lama", "7", 2023, List.of(), word, now);
        var amending = regulation("ubah-" + word + "-baru", "8", 2024, List.of("Perwako 7/2023", "Perwako 1/1990"),
                word, now);
        PortalFixtures.publish(bootstrapServers, topics.published(), http(), word, List.of(earlier, amending));

        Element amends = page("/dokumen/" + amending.id()).selectFirst("section.regulation");
        assertThat(amends.select("dd a").eachAttr("href")).as("the published one links, the other stays text")
                .containsExactly("/dokumen/" + earlier.id());
        assertThat(amends.text()).contains("Perwako 1/1990").contains("Status Berlaku");

        Element amended = page("/dokumen/" + earlier.id()).selectFirst("section.regulation");
        assertThat(amended.text()).contains("Status Berlaku dengan perubahan").contains("Diubah dengan");
        assertThat(amended.select("dd a").eachAttr("href")).containsExactly("/dokumen/" + amending.id());
    }

    private static id.perpustakaan.jembatan.model.Document regulation(String id, String nomor, int tahun,
                                                                       List<String> amends, String word,
                                                                       Instant now) {
        return new id.perpustakaan.jembatan.model.Document(id, "hukum-web", PortalFixtures.PERPUSTAKAAN,
                DocumentKind.REGULATION, "Peraturan Wali Kota Nomor " + nomor + " Tahun " + tahun + " " + word,
                null, "Peraturan " + word, null, "id", null, null, now, null, now, null,
                new Regulation("Perwako", nomor, tahun, "Layanan " + word, amends, List.of()), List.of(),
                "hash-" + id, 1, null, List.of(), List.of(), null);
    }

    @Test
    void anUnknownDocumentIsAPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> response = get("/dokumen/tidak-ada-" + fixtures.word, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Dokumen tidak ditemukan");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
    }

    @Test
    void thePageAndItsStylesheetAreAnonymousAndTheRestStaysClosed() throws Exception {
        HttpResponse<String> css = get("/assets/portal.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(get("/?page=abc&kind=poster&includeExpired=maybe", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/sources", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(uri("/"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(401, 403);
    }

    private Element result(Document page, String id) {
        Element link = page.selectFirst("ol.hits h3 a[href=/dokumen/" + id + "]");
        assertThat(link).as("result " + id).isNotNull();
        return link.closest("li");
    }

    /** The address a browser goes to when the GET form is submitted as it stands. */
    private static String submitted(FormElement form) {
        return form.attr("action") + "?" + form.formData().stream()
                .map(field -> URLEncoder.encode(field.key(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
