package id.perpustakaan.jembatan.connectors.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a feed says about its language, and whether its summaries are HTML. */
class FeedLanguageTest {

    private static final URI FEED = URI.create("https://disdik.example.go.id/feed");

    @Test
    void anRssItemTakesItsChannelsLanguageAsATwoLetterCode() {
        FeedContent feed = read("""
                <rss version="2.0"><channel><title>Disdik</title><link>https://disdik.example.go.id/</link>
                  <description>Berita</description><language>id-ID</language>
                  <item><title>PPDB</title><description>&lt;p&gt;Dibuka &lt;strong&gt;Senin&lt;/strong&gt;&lt;/p&gt;</description></item>
                </channel></rss>""");

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.language()).isEqualTo("id");
            assertThat(item.summaryIsHtml()).isTrue();
            assertThat(item.summary()).isEqualTo("<p>Dibuka <strong>Senin</strong></p>");
        });
    }

    @Test
    void anItemsOwnDublinCoreLanguageComesBeforeTheChannels() {
        FeedContent feed = read("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Disdik</title>
                  <link>https://disdik.example.go.id/</link><description>Berita</description><language>in</language>
                  <item><title>One</title><dc:language>en-GB</dc:language></item>
                  <item><title>Dua</title></item>
                </channel></rss>""");

        assertThat(feed.items()).extracting(FeedItem::language).containsExactly("en", "id");
    }

    @Test
    void anAtomEntrysXmlLangComesBeforeTheFeeds() {
        FeedContent feed = read("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
                  <title>Arsip</title><id>tag:arsip.example.go.id,2025:feed</id><updated>2025-05-12T08:00:00Z</updated>
                  <entry xml:lang="en"><id>tag:a,1</id><title>Notice</title><updated>2025-05-12T08:00:00Z</updated>
                    <summary type="text">Plain &amp; simple</summary></entry>
                  <entry><id>tag:a,2</id><title>Pengumuman</title><updated>2025-05-12T08:00:00Z</updated></entry>
                </feed>""");

        assertThat(feed.items()).extracting(FeedItem::language).containsExactly("en", "id");
        assertThat(feed.items().get(0).summaryIsHtml()).isFalse();
    }

    @Test
    void aFeedThatSaysNothingLeavesTheLanguageToDetection() {
        FeedContent feed = read("""
                <rss version="2.0"><channel><title>Disdik</title><link>https://disdik.example.go.id/</link>
                  <description>Berita</description><item><title>PPDB</title></item></channel></rss>""");

        assertThat(feed.items().get(0).language()).isNull();
    }

    private static FeedContent read(String xml) {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), "application/xml; charset=utf-8", FEED);
    }
}
