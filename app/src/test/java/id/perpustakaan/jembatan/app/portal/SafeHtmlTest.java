package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void contentLosesScriptsHandlersAndScriptLinks() {
        String html = SafeHtml.content("<p onclick=\"steal()\">Jadwal <b>posyandu</b></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">klik</a><img src=\"https://evil.example/x.png\" onerror=\"x()\">"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>").toString();

        assertThat(html).contains("<p>Jadwal <b>posyandu</b></p>")
                .doesNotContain("script", "onclick", "javascript:", "<img", "iframe", "<style", "onerror");
    }

    @Test
    void contentLinksKeepTheirAddressAndOpenNothingOfThePage() {
        String html = SafeHtml.content("<p><a href=\"https://disdik.example.go.id/a\">Formulir</a></p>").toString();

        assertThat(html).contains("href=\"https://disdik.example.go.id/a\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void contentHeadingsMoveBelowThePageTitle() {
        String html = SafeHtml.content("<h1>Bab I</h1><h2>Pasal 1</h2><h5>Ayat</h5><h6>Butir</h6>").toString();

        assertThat(html).isEqualTo("<h3>Bab I</h3><h4>Pasal 1</h4><h6>Ayat</h6><h6>Butir</h6>");
    }

    @Test
    void linksWithoutWordsBecomeTheirText() {
        assertThat(SafeHtml.content("<p>Lihat <a href=\"https://a.example/\"> </a>di sini</p>").toString())
                .isEqualTo("<p>Lihat  di sini</p>");
    }

    @Test
    void linksWhoseAddressWasRefusedBecomeTheirText() {
        assertThat(SafeHtml.content("<p><a href=\"javascript:alert(1)\">Unduh formulir</a></p>").toString())
                .isEqualTo("<p>Unduh formulir</p>");
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
