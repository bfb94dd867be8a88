package id.perpustakaan.jembatan.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapsTest {

    private static final URI DISDIK_SITEMAP = URI.create("https://disdik.sawahluntokota.go.id/sitemaps/post-sitemap.xml");
    private static final URI DINKES_SITEMAP = URI.create("https://dinkes.sawahluntokota.go.id/sitemap.xml");

    @Test
    void readsTheUrlsOfAUrlsetWithTheirLastModification() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-berita.xml"), "application/xml",
                DISDIK_SITEMAP);

        assertThat(content.childSitemaps()).isEmpty();
        assertThat(content.pages()).containsExactly(
                new SitemapEntry(URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/sosialisasi-ppdb-2024/"),
                        Instant.parse("2024-03-05T01:30:00Z")),
                new SitemapEntry(URI.create("https://disdik.sawahluntokota.go.id/pengumuman/jadwal-asesmen-nasional-2024/"),
                        Instant.parse("2024-02-28T00:00:00Z")),
                new SitemapEntry(URI.create("https://disdik.sawahluntokota.go.id/berita/2024/01/pembagian-rapor-semester-ganjil/"),
                        null),
                new SitemapEntry(URI.create("https://disdik.sawahluntokota.go.id/pengumuman/hasil-seleksi-pppk-guru-2023/"),
                        Instant.parse("2023-12-20T03:15:00Z")));
    }

    @Test
    void doesNotTakeTheImagesOfAPageForPages() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-berita.xml"), "application/xml",
                DISDIK_SITEMAP);

        assertThat(content.pages()).extracting(page -> page.url().getPath()).noneMatch(path -> path.endsWith(".jpg"));
    }

    @Test
    void givesTheChildrenOfASitemapIndexToFetchNext() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-index.xml"), "text/xml; charset=UTF-8",
                URI.create("https://disdik.sawahluntokota.go.id/sitemap_index.xml"));

        assertThat(content.pages()).isEmpty();
        assertThat(content.childSitemaps()).containsExactly(
                URI.create("https://disdik.sawahluntokota.go.id/post-sitemap.xml"),
                URI.create("https://disdik.sawahluntokota.go.id/page-sitemap.xml"));
    }

    @Test
    void readsAPlainTextSitemapSkippingBlankLines() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap.txt"), "text/plain",
                URI.create("https://dpmptsp.sawahluntokota.go.id/sitemap.txt"));

        assertThat(content.pages()).extracting(SitemapEntry::url).extracting(URI::getPath).containsExactly(
                "/informasi/standar-pelayanan-izin-usaha",
                "/informasi/maklumat-pelayanan",
                "/pengumuman/libur-pelayanan-idul-fitri-1445-h");
        assertThat(content.pages()).extracting(SitemapEntry::lastModified).containsOnlyNulls();
    }

    @Test
    void readsAGzippedSitemap() throws SitemapException, IOException {
        SitemapContent content = Sitemaps.read(gzip(WebFixtures.bytes("sitemap-berita.xml")), "application/x-gzip",
                URI.create("https://disdik.sawahluntokota.go.id/post-sitemap.xml.gz"));

        assertThat(content.pages()).hasSize(4);
    }

    @Test
    void trustsTheBytesOverAWrongContentType() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-berita.xml"), "text/html", DISDIK_SITEMAP);

        assertThat(content.pages()).hasSize(4);
    }

    @Test
    void dropsPagesOnOtherHostsInStrictModeButKeepsTheSiteWithAndWithoutWww() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-lintas-host.xml"), "application/xml",
                DINKES_SITEMAP);

        assertThat(content.pages()).extracting(SitemapEntry::url).containsExactly(
                URI.create("https://www.dinkes.sawahluntokota.go.id/berita/jadwal-imunisasi-polio/"),
                URI.create("http://dinkes.sawahluntokota.go.id/berita/posyandu-remaja/"));
    }

    @Test
    void dropsChildSitemapsOnOtherHostsInStrictMode() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-index-lintas-host.xml"), "application/xml",
                DINKES_SITEMAP);

        assertThat(content.childSitemaps())
                .containsExactly(URI.create("https://dinkes.sawahluntokota.go.id/post-sitemap.xml"));
    }

    @Test
    void keepsOtherHostsWhenNotStrict() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-lintas-host.xml"), "application/xml",
                DINKES_SITEMAP, false);

        assertThat(content.pages()).hasSize(3);
    }

    @Test
    void keepsOnlyPagesWhosePathMatchesTheSourcesPattern() throws SitemapException {
        SitemapContent content = Sitemaps.read(WebFixtures.bytes("sitemap-berita.xml"), "application/xml",
                DISDIK_SITEMAP);

        SitemapContent pengumuman = Sitemaps.matching(content, Pattern.compile("^/pengumuman/"));

        assertThat(pengumuman.pages()).extracting(SitemapEntry::url).extracting(URI::getPath).containsExactly(
                "/pengumuman/jadwal-asesmen-nasional-2024/",
                "/pengumuman/hasil-seleksi-pppk-guru-2023/");
    }

    @Test
    void keepsChildSitemapsWhenFilteringByPath() throws SitemapException {
        SitemapContent index = Sitemaps.read(WebFixtures.bytes("sitemap-index.xml"), "application/xml",
                URI.create("https://disdik.sawahluntokota.go.id/sitemap_index.xml"));

        assertThat(Sitemaps.matching(index, Pattern.compile("^/pengumuman/")).childSitemaps()).hasSize(2);
    }

    @Test
    void explainsATruncatedSitemapWithLineAndColumn() {
        assertThatThrownBy(() -> Sitemaps.read(WebFixtures.bytes("sitemap-rusak.xml"), "application/xml",
                DISDIK_SITEMAP))
                .isInstanceOf(SitemapException.class)
                .hasMessageStartingWith("sitemap " + DISDIK_SITEMAP + " is not well-formed XML at line ");
    }

    @Test
    void explainsThatAnHtmlPageIsNotASitemap() {
        assertThatThrownBy(() -> Sitemaps.read(WebFixtures.bytes("sitemap-tidak-ditemukan.html"),
                "text/html; charset=UTF-8", DISDIK_SITEMAP))
                .isInstanceOf(SitemapException.class)
                .hasMessage("sitemap " + DISDIK_SITEMAP + " is an HTML page, not a sitemap (check the address)");
    }

    @Test
    void explainsXmlThatIsNoSitemapFormat() {
        byte[] body = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>".getBytes();

        assertThatThrownBy(() -> Sitemaps.read(body, "application/xml", DISDIK_SITEMAP))
                .isInstanceOf(SitemapException.class)
                .hasMessage("sitemap " + DISDIK_SITEMAP + " is XML but neither a urlset, a sitemapindex, RSS nor Atom");
    }

    @Test
    void explainsAnEmptyBody() {
        assertThatThrownBy(() -> Sitemaps.read(new byte[0], "application/xml", DISDIK_SITEMAP))
                .isInstanceOf(SitemapException.class)
                .hasMessage("sitemap " + DISDIK_SITEMAP + " is empty (check the address)");
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
