package id.perpustakaan.jembatan.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ListingArticleTest {

    private static final URI ARTICLE =
            URI.create("https://disdik.sawahluntokota.go.id/berita/2024/03/sosialisasi-ppdb-2024/");
    private static final URI SAMBUTAN = URI.create("https://disdik.sawahluntokota.go.id/profil/sambutan");

    private static ListingSelectors selectors(String title, String content, String date) {
        return new ListingSelectors("article h2 a", null, title, content, date);
    }

    @Test
    void picksTitleContentAndDateAsWritten() throws SelectorException {
        ArticleFields fields = Listings.article(WebFixtures.bytes("berita-artikel.html"), "text/html", ARTICLE,
                selectors("h1.entry-title", ".entry-content", ".entry-meta .tanggal"));

        assertThat(fields.title()).isEqualTo("Sosialisasi PPDB Tahun Ajaran 2024/2025");
        assertThat(fields.contentHtml())
                .startsWith("<div class=\"entry-content\">")
                .contains("mengadakan sosialisasi penerimaan peserta didik baru")
                .doesNotContain("Hari Guru Nasional");
        assertThat(fields.date()).isEqualTo("Selasa, 5 Maret 2024");
    }

    @Test
    void prefersTheMachineDateOfATimeOrMetaElement() throws SelectorException {
        byte[] html = WebFixtures.bytes("berita-artikel.html");

        ArticleFields fromTime = Listings.article(html, "text/html", ARTICLE, selectors(null, null, "time.published"));
        ArticleFields fromMeta = Listings.article(html, "text/html", ARTICLE,
                selectors(null, null, "meta[property=article:published_time]"));

        assertThat(fromTime.date()).isEqualTo("2024-03-05T08:30:00+07:00");
        assertThat(fromMeta.date()).isEqualTo("2024-03-05T08:30:00+07:00");
    }

    @Test
    void makesImageAndAttachmentLinksInTheContentAbsolute() throws SelectorException {
        ArticleFields fields = Listings.article(WebFixtures.bytes("berita-artikel.html"), "text/html", ARTICLE,
                selectors(null, ".entry-content", null));

        assertThat(fields.contentHtml())
                .contains("src=\"https://disdik.sawahluntokota.go.id/wp-content/uploads/2024/03/sosialisasi.jpg\"")
                .contains("href=\"https://disdik.sawahluntokota.go.id/wp-content/uploads/2024/03/juknis-ppdb-2024.pdf\"");
    }

    @Test
    void joinsEveryElementTheContentSelectorMatches() throws SelectorException {
        ArticleFields fields = Listings.article(WebFixtures.bytes("berita-artikel.html"), "text/html", ARTICLE,
                selectors(null, ".entry-content p", null));

        assertThat(fields.contentHtml().lines().filter(line -> line.startsWith("<p>"))).hasSize(3);
    }

    @Test
    void leavesFieldsEmptyWhenTheirSelectorIsAbsentOrMatchesNothing() throws SelectorException {
        ArticleFields fields = Listings.article(WebFixtures.bytes("berita-artikel.html"), "text/html", ARTICLE,
                selectors(null, ".isi-berita", "span.tanggal-terbit"));

        assertThat(fields).isEqualTo(new ArticleFields("", "", ""));
    }

    @Test
    void failsWithAReasonWhenAFieldSelectorIsNotValidCss() {
        assertThatThrownBy(() -> Listings.article(WebFixtures.bytes("berita-artikel.html"), "text/html", ARTICLE,
                selectors("h1.entry-title", "div[class=", null)))
                .isInstanceOf(SelectorException.class)
                .hasMessageStartingWith("selector 'div[class=' is not valid CSS: ");
    }

    @Test
    void decodesWithTheMetaCharsetWhenTheServerSendsNone() throws SelectorException {
        ArticleFields fields = Listings.article(WebFixtures.bytes("sambutan-windows-1252.html"), "text/html", SAMBUTAN,
                selectors("h1.judul", null, null));

        assertThat(fields.title()).isEqualTo("Sambutan Kepala Dinas – “Literasi untuk Semua”");
    }

    @Test
    void decodesWithTheServersCharsetOverAStaleMetaCharset() throws SelectorException {
        ArticleFields fields = Listings.article(WebFixtures.bytes("sambutan-utf8-meta-usang.html"),
                "text/html; charset=\"utf-8\"", SAMBUTAN, selectors("h1.judul", null, null));

        assertThat(fields.title()).isEqualTo("Sambutan Kepala Dinas – “Literasi untuk Semua”");
    }

    @Test
    void decodesAsUtf8WhenNeitherServerNorPageNamesACharset() throws SelectorException {
        byte[] html = "<h1>Pengumuman Kelulusan – SMP Negeri 2</h1>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ArticleFields fields = Listings.article(html, null, SAMBUTAN, selectors("h1", null, null));

        assertThat(fields.title()).isEqualTo("Pengumuman Kelulusan – SMP Negeri 2");
    }
}
