package id.perpustakaan.jembatan.routes.normalise.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlDisplaySanitisingTest {

    private static final String BASE = "https://disdik.sawahluntokota.go.id/berita/beasiswa.html";

    private static String display(String articleBody) {
        String page = "<html><body><article><h1>Pengumuman</h1><p>Pendaftaran beasiswa prestasi dibuka bagi siswa"
                + " SMP dan SMA di Kota Sawahlunto, dengan berkas yang dikirim ke sekretariat dinas, sampai akhir"
                + " Maret, pada hari dan jam kerja.</p>" + articleBody + "</article></body></html>";
        return HtmlNormaliser.normalise(page, BASE).html();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klik</a>",
            "<a href=\"&#106;avascript:alert(1)\">klik</a>",
            "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">klik</a>",
            "<a href=\" \tjavascript:alert(1)\">klik</a>",
            "<a href=\"java&#09;script:alert(1)\">klik</a>",
            "<a href=\"vbscript:msgbox(1)\">klik</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klik</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<svg onload=alert(1)><circle r=1></circle></svg>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">teks</p>",
            "<script>alert(1)</script>",
            "<form action=\"https://evil.example/\"><input name=q><button>kirim</button></form>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<math><mtext><a href=\"javascript:alert(1)\">x</a></mtext></math>",
            "<p><a href=\"/a\" onmouseover=\"alert(1)\" target=\"_blank\">tautan</a></p>",
            "<IMG SRC=\"jav&#x0D;ascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">"
    })
    void leavesNoScriptHandlerOrDangerousAddressInHostileMarkup(String hostile) {
        String html = display(hostile);

        assertThat(html.toLowerCase())
                .doesNotContain("<script", "<iframe", "<style", "<svg", "<form", "<input", "<object", "<embed",
                        "<math", "<base", " on", "javascript", "vbscript", "data:", "style=", "target=", "alert(");
    }

    @Test
    void makesEveryLinkAndImageAbsoluteAndLinksNofollowNoopener() {
        String html = display("<p><a href=\"../unduhan/formulir.pdf\">Formulir</a> <img src=\"/gambar/poster.jpg\""
                + " alt=\"Poster\"> <a href=\"mailto:disdik@sawahluntokota.go.id\">surel</a></p>");

        assertThat(html)
                .contains("<a href=\"https://disdik.sawahluntokota.go.id/unduhan/formulir.pdf\" rel=\"nofollow noopener\">"
                        + "Formulir</a>")
                .contains("<img src=\"https://disdik.sawahluntokota.go.id/gambar/poster.jpg\" alt=\"Poster\">")
                .contains("<a href=\"mailto:disdik@sawahluntokota.go.id\" rel=\"nofollow noopener\">surel</a>");
    }

    @Test
    void keepsHeadingsParagraphsListsAndTables() {
        String html = display("<h2>Syarat</h2><ul><li>Rapor</li></ul><table><tr><th>Tahap</th></tr>"
                + "<tr><td>Wawancara</td></tr></table>");

        assertThat(html).contains("<h1>Pengumuman</h1>", "<p>Pendaftaran", "<h2>Syarat</h2>", "<ul><li>Rapor</li></ul>",
                "<th>Tahap</th>", "<td>Wawancara</td>");
    }

    @Test
    void showsLazyLoadedImagesByTheirRealAddress() {
        String html = display("<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\""
                + " data-src=\"/gambar/kegiatan.jpg\" alt=\"Kegiatan\"></p>");

        assertThat(html).contains("src=\"https://disdik.sawahluntokota.go.id/gambar/kegiatan.jpg\"");
    }
}
