package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    private static final String TABLE = "Tabel";
    /** The address the document was published at: its images are shown when they come from that site. */
    private static final String HOME = "https://disdik.example.go.id/pengumuman/beasiswa";

    @Test
    void contentLosesScriptsHandlersAndScriptLinks() {
        String html = SafeHtml.content("<p onclick=\"steal()\">Jadwal <b>posyandu</b></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">klik</a><img src=\"javascript:x()\" onerror=\"x()\">"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>", TABLE, HOME).toString();

        assertThat(html).contains("<p>Jadwal <b>posyandu</b></p>")
                .doesNotContain("script", "onclick", "javascript:", "<img", "iframe", "<style", "onerror");
    }

    @Test
    void contentLinksKeepTheirAddressAndOpenNothingOfThePage() {
        String html = SafeHtml.content("<p><a href=\"https://disdik.example.go.id/a\">Formulir</a></p>", TABLE, HOME).toString();

        assertThat(html).contains("href=\"https://disdik.example.go.id/a\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void contentHeadingsMoveBelowThePageTitle() {
        String html = SafeHtml.content("<h1>Bab I</h1><h2>Pasal 1</h2><h5>Ayat</h5><h6>Butir</h6>", TABLE, HOME).toString();

        assertThat(html).isEqualTo("<h3>Bab I</h3><h4>Pasal 1</h4><h6>Ayat</h6><h6>Butir</h6>");
    }

    @Test
    void linksWithoutWordsBecomeTheirText() {
        assertThat(SafeHtml.content("<p>Lihat <a href=\"https://a.example/\"> </a>di sini</p>", TABLE, HOME).toString())
                .isEqualTo("<p>Lihat  di sini</p>");
    }

    @Test
    void linksWhoseAddressWasRefusedBecomeTheirText() {
        assertThat(SafeHtml.content("<p><a href=\"javascript:alert(1)\">Unduh formulir</a></p>", TABLE, HOME).toString())
                .isEqualTo("<p>Unduh formulir</p>");
    }

    @Test
    void imagesOfAnnouncementsStayWithTheirSizeAndTextAndLoadWhenScrolledTo() {
        String html = SafeHtml.content("<p><img src=\"https://disdik.example.go.id/poster.jpg\" alt=\"Poster beasiswa\""
                + " width=\"800\" height=\"600\" onerror=\"x()\" style=\"width:2000px\"></p>"
                + "<p><img src=\"http://cdn.example.go.id/peta.png\"></p>"
                + "<p><img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"piksel\"></p>", TABLE, HOME).toString();

        assertThat(html).contains("<img src=\"https://disdik.example.go.id/poster.jpg\" alt=\"Poster beasiswa\""
                        + " width=\"800\" height=\"600\" loading=\"lazy\" decoding=\"async\">")
                .contains("<img src=\"http://cdn.example.go.id/peta.png\" loading=\"lazy\" decoding=\"async\" alt=\"\">")
                .doesNotContain("data:", "onerror", "style", "piksel");
    }

    @Test
    void imagesFromOtherSitesAreNotShownNorAnyWhereTheDocumentHasNoAddress() {
        String pasted = "<p><img src=\"https://disdik.example.go.id/poster.jpg\" alt=\"Poster\">"
                + "<img src=\"https://counter.tracker.example/pixel.gif\" alt=\"\">"
                + "<img src=\"https://example.go.id.tracker.example/p.gif\"></p>";

        assertThat(SafeHtml.content(pasted, TABLE, HOME).toString()).contains("poster.jpg")
                .doesNotContain("tracker");
        assertThat(SafeHtml.content(pasted, TABLE, null).toString()).doesNotContain("<img");
    }

    @Test
    void tablesScrollInARegionOfTheirOwnNamedByTheirCaptionOrNumber() {
        String html = SafeHtml.content("<table><caption>Jadwal seleksi</caption><tr><td>1</td></tr></table>"
                + "<table><tr><td>2</td></tr></table>", "Tabel", HOME).toString();

        assertThat(html).isEqualTo("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\""
                + " aria-label=\"Jadwal seleksi\"><table><caption>Jadwal seleksi</caption><tbody><tr><td>1</td></tr>"
                + "</tbody></table></div><div class=\"table-scroll\" tabindex=\"0\" role=\"region\""
                + " aria-label=\"Tabel 2\"><table><tbody><tr><td>2</td></tr></tbody></table></div>");
    }

    @Test
    void telephoneNumbersInContentSnippetsAndTextBecomeTappableWithoutBreakingMarkup() {
        assertThat(SafeHtml.content("<p>Hubungi <b>(0754) 61234</b> atau <a href=\"https://a.example/\">0754-61234"
                + "</a></p>", TABLE, HOME).toString()).isEqualTo("<p>Hubungi <b><a href=\"tel:+6275461234\">(0754) 61234</a>"
                + "</b> atau <a href=\"https://a.example/\" rel=\"nofollow noopener noreferrer\">0754-61234</a></p>");
        assertThat(SafeHtml.snippet("Panitia <mark>beasiswa</mark>: 0812-3456-7890 &lt;b&gt;").toString())
                .isEqualTo("Panitia <mark>beasiswa</mark>: <a href=\"tel:+6281234567890\">0812-3456-7890</a> &lt;b&gt;");
        assertThat(SafeHtml.textWithPhones("WA +62 812 3456 7890 & <i>").toString())
                .isEqualTo("WA <a href=\"tel:+6281234567890\">+62 812 3456 7890</a> &amp; &lt;i&gt;");
        assertThat(SafeHtml.highlight("Layanan 0754-61234").toString()).as("titles are links already")
                .isEqualTo("Layanan 0754-61234");
    }

    @Test
    void highlightsKeepOnlyTheirMarks() {
        assertThat(SafeHtml.highlight("Beasiswa <mark>prestasi</mark> &lt;b&gt;<em>x</em><script>y</script>").toString())
                .isEqualTo("Beasiswa <mark>prestasi</mark> &lt;b&gt;x");
    }

    @Test
    void textIsEscaped() {
        assertThat(SafeHtml.text("<script>alert('x')</script> & co").toString())
                .isEqualTo("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; co");
    }

    @Test
    void onlyWebAddressesAreLinked() {
        assertThat(SafeHtml.webAddress("https://sawahluntokota.go.id/p?a=1")).isEqualTo("https://sawahluntokota.go.id/p?a=1");
        assertThat(SafeHtml.webAddress("javascript:alert(1)")).isNull();
        assertThat(SafeHtml.webAddress("JaVaScRiPt:alert(1)")).isNull();
        assertThat(SafeHtml.webAddress("data:text/html,<script>")).isNull();
        assertThat(SafeHtml.webAddress("/relative")).isNull();
        assertThat(SafeHtml.webAddress("not a url")).isNull();
        assertThat(SafeHtml.webAddress(null)).isNull();
    }
}
