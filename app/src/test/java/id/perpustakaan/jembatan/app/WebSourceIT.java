package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A website source against a local web server: listing pages with a next page, articles and the PDF one of them
 * links to, all searchable; robots.txt obeyed; a source that may not reach loopback refused with a reason.
 */
class WebSourceIT extends AgencySiteIT {

    WebSourceIT() {
        super("web");
    }

    @Test
    void harvestsListingPagesArticlesAndTheirAttachmentsWithinRobotsAndAddressRules() throws Exception {
        String first = PipelineIT.uniqueWord("seleksi");
        String second = PipelineIT.uniqueWord("vaksin");
        String third = PipelineIT.uniqueWord("lomba");
        String attached = PipelineIT.uniqueWord("lampiran");
        origin.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /rahasia/\n".getBytes(StandardCharsets.UTF_8));
        origin.html("/pengumuman", "<nav><a href=\"/tentang\">Tentang</a></nav><main>"
                + "<article><h2><a href=\"/berita/seleksi.html\">Seleksi</a></h2></article>"
                + "<article><h2><a href=\"/berita/vaksin.html\">Vaksin</a></h2></article>"
                + "<a class=\"next\" href=\"/pengumuman?halaman=2\">Selanjutnya</a></main>");
        origin.html("/pengumuman?halaman=2",
                "<main><article><h2><a href=\"/berita/lomba.html\">Lomba</a></h2></article>"
                + "<article><h2><a href=\"/rahasia/internal.html\">Internal</a></h2></article></main>");
        origin.html("/berita/seleksi.html",
                "<article><h1>Seleksi Pustakawan</h1><time datetime=\"2025-03-03T09:00:00+07:00\">"
                + "Senin, 3 Maret 2025</time><p>Seleksi " + first + " dibuka untuk"
                + " warga Sawahlunto.</p><p>Syarat lengkap: <a href=\"/files/syarat.pdf\">unduh syarat</a></p></article>");
        origin.html("/berita/vaksin.html", "<article><h1>Jadwal Vaksinasi</h1><p>Vaksinasi " + second
                + " di puskesmas Talawi.</p></article>");
        origin.html("/berita/lomba.html",
                "<article><h1>Lomba Bercerita</h1><p>Lomba " + third + " untuk anak.</p></article>");
        origin.html("/rahasia/internal.html", "<p>tidak untuk umum</p>");
        origin.put("/files/syarat.pdf", "application/pdf", Documents.pdf("Syarat Seleksi", "Syarat " + attached));
        app = OwnApplication.start(run, sources());

        JsonNode article = app.awaitHits(first, 1).get("hits").get(0);
        app.awaitHits(second, 1);
        app.awaitHits(third, 1);
        JsonNode attachment = app.awaitHits(attached, 1).get("hits").get(0);
        JsonNode page = app.http().get().uri(article.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(page.get("attachments").get(0).get("documentId").asText())
                .as("the page links to the attachment's document").isEqualTo(attachment.get("id").asText());
        assertThat(attachment.get("original").get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(page.get("title").asText()).isEqualTo("Seleksi Pustakawan");
        assertThat(page.get("publishedAt").asText()).as("read with the source's date selector")
                .isEqualTo("2025-03-03T02:00:00Z");

        List<DeadLetter> robots = await().atMost(Duration.ofSeconds(30))
                .until(() -> app.deadLetters("web-" + run), found -> !found.isEmpty());
        assertThat(robots).anySatisfy(letter -> assertThat(letter.reason()).contains("robots.txt"));
        assertThat(origin.requested("/rahasia/internal.html")).as("a disallowed page is never fetched").isFalse();

        int listed = (int) origin.requests().stream().filter(r -> "/pengumuman".equals(r.get("target"))).count();
        await().atMost(Duration.ofSeconds(20)).until(() -> origin.requests().stream()
                .filter(r -> "/pengumuman".equals(r.get("target"))).count() > listed + 1);
        assertThat(origin.requests().stream().filter(r -> "/pengumuman".equals(r.get("target"))).skip(1))
                .as("later runs ask for the listing page conditionally")
                .allSatisfy(headers -> assertThat(headers).containsKey("if-none-match"));
        assertThat(origin.requests().stream().filter(r -> "/berita/vaksin.html".equals(r.get("target"))).skip(1))
                .as("and for unchanged articles").allSatisfy(headers -> assertThat(headers).containsKey("if-none-match"));

        List<DeadLetter> refused = await().atMost(Duration.ofSeconds(30))
                .until(() -> app.deadLetters("strict-" + run), found -> !found.isEmpty());
        assertThat(refused.get(0).reason()).contains("127.0.0.1").contains("loopback");
    }

    @Test
    void harvestsThePagesASitemapLists() throws Exception {
        String wanted = PipelineIT.uniqueWord("perizinan");
        String child = PipelineIT.uniqueWord("anak");
        origin.put("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + origin.base() + "/sitemap-berita.xml</loc></sitemap></sitemapindex>")
                .getBytes(StandardCharsets.UTF_8));
        origin.put("/sitemap-berita.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + origin.base() + "/berita/izin.html</loc><lastmod>2025-03-03</lastmod></url>"
                + "<url><loc>" + origin.base() + "/berita/anak.html</loc></url>"
                + "<url><loc>" + origin.base() + "/tentang.html</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
        origin.html("/berita/izin.html", "<article><h1>Layanan Perizinan Daring</h1><p>Layanan " + wanted
                + " kini dapat diajukan dari rumah.</p></article>");
        origin.html("/berita/anak.html",
                "<article><h1>Hari Anak</h1><p>Peringatan " + child + " di taman kota.</p></article>");
        origin.html("/tentang.html", "<p>Profil dinas</p>");
        app = OwnApplication.start(run, """
                jembatan:
                  sources:
                    - id: peta-%s
                      agency-code: dpmptsp
                      agency-name: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu
                      kind: web
                      url: %s/sitemap.xml
                      schedule: 1h
                      options:
                        sitemap: "true"
                        path-pattern: "^/berita/"
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                """.formatted(run, origin.base()));

        JsonNode page = app.awaitHits(wanted, 1).get("hits").get(0);
        app.awaitHits(child, 1);
        assertThat(page.get("title").asText()).isEqualTo("Layanan Perizinan Daring");
        assertThat(origin.requested("/tentang.html")).as("pages outside the path pattern are not fetched").isFalse();
    }

    private String sources() {
        // a run fetches eight addresses of one host: at the default pace of a second between two they would take
        // eight seconds a run (the pace is HarvestRunsIT's to prove); every second a run, the later runs come soon
        return """
                jembatan:
                  sources:
                    - id: web-%1$s
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: web
                      url: %2$s/pengumuman
                      schedule: 1s
                      default-kind: announcement
                      options:
                        item-links: "article h2 a"
                        next-page: "a.next"
                        title: "article h1"
                        content: "article"
                        date: "article time"
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                    - id: strict-%1$s
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: web
                      url: %2$s/pengumuman
                      schedule: 1s
                      options:
                        item-links: "article h2 a"
                        allowed-hosts: 127.0.0.1
                """.formatted(run, origin.base());
    }
}
