package id.perpustakaan.jembatan.connectors.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private static final URI FEED = URI.create("https://disdik.example.go.id/feed/rss.xml");

    @Test
    void readsAnRss2ItemWithGuidCategoriesAuthorAndDate() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Dinas Pendidikan</title><link>https://disdik.example.go.id/</link>
                  <item>
                    <title>Jadwal PPDB 2025</title>
                    <link>https://disdik.example.go.id/berita/ppdb-2025</link>
                    <guid isPermaLink="false">disdik-berita-812</guid>
                    <description>Pendaftaran dibuka 2 Juni.</description>
                    <author>humas@disdik.example.go.id (Humas)</author>
                    <category>PPDB</category><category>Pengumuman</category><category>PPDB</category>
                    <pubDate>Mon, 12 May 2025 08:30:00 +0700</pubDate>
                  </item>
                </channel></rss>
                """;

        FeedContent feed = read(rss, StandardCharsets.UTF_8, "application/rss+xml");

        assertThat(feed.title()).isEqualTo("Dinas Pendidikan");
        assertThat(feed.link()).hasToString("https://disdik.example.go.id/");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("disdik-berita-812");
            assertThat(item.link()).hasToString("https://disdik.example.go.id/berita/ppdb-2025");
            assertThat(item.title()).isEqualTo("Jadwal PPDB 2025");
            assertThat(item.summary()).isEqualTo("Pendaftaran dibuka 2 Juni.");
            assertThat(item.author()).isEqualTo("humas@disdik.example.go.id (Humas)");
            assertThat(item.categories()).containsExactly("PPDB", "Pengumuman");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2025-05-12T01:30:00Z"));
        });
    }

    @Test
    void resolvesAtomLinksAndContentUrlsAgainstXmlBaseAndTheFeedAddress() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/arsip/">
                  <title>Arsip</title><id>tag:arsip.example.go.id,2025:feed</id>
                  <link href="./"/>
                  <updated>2025-05-12T08:00:00+07:00</updated>
                  <entry xml:base="2025/">
                    <id>tag:arsip.example.go.id,2025:1</id>
                    <title type="html">Surat &lt;b&gt;Edaran&lt;/b&gt;</title>
                    <link rel="alternate" href="se-01.html"/>
                    <published>2025-05-10T09:00:00+07:00</published>
                    <updated>2025-05-11T09:00:00+07:00</updated>
                    <author><name>Sekretariat</name></author>
                    <category term="surat-edaran" label="Surat Edaran"/>
                    <content type="html">&lt;p&gt;Lihat &lt;a href="se-01.pdf"&gt;lampiran&lt;/a&gt;
                      &lt;img src="/img/logo.png"&gt; dan &lt;a href="https://jdih.example.go.id/x"&gt;JDIH&lt;/a&gt;&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Tanpa id</title>
                    <link href="lain.html"/>
                    <summary>Teks biasa &amp; tanpa HTML</summary>
                    <updated>2025-05-12T09:00:00+07:00</updated>
                  </entry>
                </feed>
                """;

        FeedContent feed = read(atom, StandardCharsets.UTF_8, "application/atom+xml");

        assertThat(feed.link()).hasToString("https://disdik.example.go.id/arsip/");
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("tag:arsip.example.go.id,2025:1");
        assertThat(first.link()).hasToString("https://disdik.example.go.id/arsip/2025/se-01.html");
        assertThat(first.title()).isEqualTo("Surat Edaran");
        assertThat(first.contentHtml())
                .contains("href=\"https://disdik.example.go.id/arsip/2025/se-01.pdf\"")
                .contains("src=\"https://disdik.example.go.id/img/logo.png\"")
                .contains("href=\"https://jdih.example.go.id/x\"");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-05-10T02:00:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2025-05-11T02:00:00Z"));
        assertThat(first.author()).isEqualTo("Sekretariat");
        assertThat(first.categories()).containsExactly("surat-edaran");

        FeedItem second = feed.items().get(1);
        assertThat(second.link()).hasToString("https://disdik.example.go.id/arsip/lain.html");
        assertThat(second.guid()).as("no id: the link is the identity").isEqualTo(second.link().toString());
        assertThat(second.summary()).isEqualTo("Teks biasa & tanpa HTML");
    }

    @Test
    void readsAnIndonesianFeedWithContentEncodedKeepingItsHtml() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                  <title>Perpustakaan Daerah Sawahlunto</title>
                  <item>
                    <title>Layanan keliling ke Nagari Kolok — Juni</title>
                    <link>/layanan/keliling-juni</link>
                    <description>Mobil perpustakaan berkunjung setiap Sabtu.</description>
                    <content:encoded><![CDATA[<p>Mobil <strong>perpustakaan</strong> berkunjung ke <a href="/nagari/kolok">Nagari Kolok</a>.</p>]]></content:encoded>
                    <dc:creator>Tim Layanan</dc:creator>
                    <pubDate>Sat, 07 Jun 2025 09:00:00 +0700</pubDate>
                  </item>
                </channel></rss>
                """;

        FeedContent feed = read(rss, StandardCharsets.UTF_8, null);

        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Layanan keliling ke Nagari Kolok — Juni");
        assertThat(item.link()).hasToString("https://disdik.example.go.id/layanan/keliling-juni");
        assertThat(item.guid()).isEqualTo("https://disdik.example.go.id/layanan/keliling-juni");
        assertThat(item.contentHtml()).isEqualTo("<p>Mobil <strong>perpustakaan</strong> berkunjung ke "
                + "<a href=\"https://disdik.example.go.id/nagari/kolok\">Nagari Kolok</a>.</p>");
        assertThat(item.summary()).isEqualTo("Mobil perpustakaan berkunjung setiap Sabtu.");
        assertThat(item.author()).isEqualTo("Tim Layanan");
    }

    @Test
    void theContentTypeCharsetDecodesAFeedWithoutADeclaration() {
        String rss = "<rss version=\"2.0\"><channel><title>Café Perpustakaan</title></channel></rss>";

        FeedContent feed = read(rss, Charset.forName("ISO-8859-1"), "text/xml; charset=ISO-8859-1");

        assertThat(feed.title()).isEqualTo("Café Perpustakaan");
        assertThat(feed.items()).isEmpty();
    }

    @Test
    void anItemWithNeitherIdNorLinkIsIdentifiedByAHashOfTitleAndDate() {
        String rss = """
                <rss version="2.0"><channel><title>t</title>
                  <item><title>Rapat</title><pubDate>Mon, 12 May 2025 08:30:00 +0700</pubDate></item>
                  <item><title>Rapat</title><pubDate>Tue, 13 May 2025 08:30:00 +0700</pubDate></item>
                </channel></rss>
                """;

        FeedContent first = read(rss, StandardCharsets.UTF_8, null);
        FeedContent again = read(rss, StandardCharsets.UTF_8, null);

        assertThat(first.items()).extracting(FeedItem::guid).allMatch(guid -> guid.startsWith("sha256:"))
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(again.items().stream().map(FeedItem::guid).toList());
    }

    @Test
    void refusesHtmlEmptyAndForeignDocumentsWithTheirReason() {
        assertThatThrownBy(() -> read("<!DOCTYPE html><html><head><title>Beranda</title><body><p>Halo<br></body></html>",
                StandardCharsets.UTF_8, "text/html; charset=utf-8"))
                .isInstanceOf(FeedRejectedException.class)
                .hasMessage("not a feed: the document is HTML (<html>)");
        assertThatThrownBy(() -> read("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
                StandardCharsets.UTF_8, null))
                .hasMessage("not a feed: the document is HTML (<html>)");
        assertThatThrownBy(() -> read("<sitemap><loc>x</loc></sitemap>", StandardCharsets.UTF_8, null))
                .hasMessage("not a feed: the root element is <sitemap>, a feed starts with <rss>, <rdf:RDF> or <feed>");
        assertThatThrownBy(() -> FeedReader.read(new byte[0], null, FEED)).hasMessage("empty feed document");
        assertThatThrownBy(() -> read("  \n ", StandardCharsets.UTF_8, null)).hasMessage("empty feed document");
        assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><title>a</channel></rss>",
                StandardCharsets.UTF_8, null))
                .isInstanceOf(FeedRejectedException.class)
                .hasMessageStartingWith("malformed feed: ")
                .hasMessageEndingWith("(line 1)");
    }

    private static FeedContent read(String xml, Charset charset, String contentType) {
        return FeedReader.read(xml.getBytes(charset), contentType, FEED);
    }
}
