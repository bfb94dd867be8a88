package id.perpustakaan.jembatan.routes.harvest;

import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.ok;
import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.status;
import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.fixtures.WebOrigin;
import id.perpustakaan.jembatan.routes.wordpress.WordPressRouteTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * WordPress runs against a local site answering its REST API as WordPress does: pages, then only what changed; the
 * API found without pretty permalinks; the feed while the API is closed; bad records on their own.
 */
class WordPressRunTest {

    private static final String JSON = "application/json; charset=UTF-8";

    @AutoClose
    private final WebOrigin origin = WebOrigin.start();
    private final LocalWordPress site = new LocalWordPress(origin);
    private HarvestRouteHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theFirstRunPagesThroughEveryPostAndTheNextAsksOnlyForWhatChangedSince() throws Exception {
        site.collection("posts", List.of(site.post(1, "Rapat &#8211; Koordinasi", "2025-03-01T01:00:00",
                "<p>Isi satu</p>"), site.post(2, "Dua", "2025-03-02T01:00:00", "<p>Isi dua</p>"),
                site.post(3, "Tiga", "2025-03-03T01:00:00", "<p>Isi tiga</p>")));
        harness = new HarvestRouteHarness(wordpress(Map.of("page-size", "2")));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.ingestedLocators()).containsExactly(origin.url("/?p=1").toString(),
                origin.url("/?p=2").toString(), origin.url("/?p=3").toString());
        assertThat(site.queries).containsExactly(
                "posts per_page=2&page=1&orderby=modified&order=asc&_embed=wp:term",
                "posts per_page=2&page=2&orderby=modified&order=asc&_embed=wp:term");
        HarvestRouteHarness.Ingested first = harness.ingested.get(0);
        assertThat(first.raw().url()).isEqualTo(origin.url("/2025/03/post-1/").toString());
        assertThat(first.raw().connector()).isEqualTo("wordpress");
        assertThat(first.raw().declared().title()).isEqualTo("Rapat – Koordinasi");
        assertThat(first.raw().declared().summary()).isEqualTo("Ringkasan 1");
        assertThat(first.raw().declared().kind()).as("left to the kind rules").isNull();
        assertThat(first.raw().declared().agency()).as("the source's").isNull();
        assertThat(first.raw().declared().tags()).containsExactly("Pengumuman", "beasiswa");
        assertThat(first.raw().declared().publishedAt()).isEqualTo(Instant.parse("2025-03-01T01:00:00Z"));
        assertThat(first.raw().declared().modifiedAt()).isEqualTo(Instant.parse("2025-03-01T01:00:00Z"));
        assertThat(first.body()).contains("<h1>Rapat – Koordinasi</h1><p>Isi satu</p>")
                .contains("<meta name=\"keywords\" content=\"Pengumuman, beasiswa\">");

        site.queries.clear();
        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");
        assertThat(site.queries).singleElement().asString()
                .endsWith("&modified_after=2025-03-03T00:59:59Z");
        assertThat(harness.ingestedLocators()).as("the latest change is asked for again, and read again")
                .hasSize(4).last().isEqualTo(origin.url("/?p=3").toString());
    }

    @Test
    void withoutPrettyPermalinksTheApiIsFoundWhereTheHomePageSaysAndAskedThereNextTime() throws Exception {
        List<String> posts = List.of(site.post(7, "Tujuh", "2025-04-01T00:00:00", "<p>Isi tujuh</p>"));
        origin.on("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.startsWith("rest_route=/wp/v2/posts&")) {
                site.answer(exchange, "posts", posts, query.substring(query.indexOf('&') + 1));
            } else {
                ok("text/html; charset=UTF-8", "<html><head><link rel=\"https://api.w.org/\" href=\""
                        + origin.url("/?rest_route=/") + "\"></head><body>Beranda</body></html>").handle(exchange);
            }
        });
        harness = new HarvestRouteHarness(wordpress(Map.of()));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");
        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.ingestedLocators()).containsExactly(origin.url("/?p=7").toString(),
                origin.url("/?p=7").toString());
        assertThat(origin.received("/wp-json/wp/v2/posts")).as("not asked again once found elsewhere").hasSize(1);
        assertThat(site.queries).hasSize(2).last().asString().contains("modified_after=2025-03-31T23:59:59Z");
        assertThat(harness.deadLetters).isEmpty();
    }

    @Test
    void whileTheApiIsClosedTheSitesFeedIsReadAndTheApisProgressIsKept() throws Exception {
        origin.on("/wp-json/wp/v2/posts", status(401, JSON, "{\"code\":\"rest_cannot_access\",\"message\":\"Only"
                + " authenticated users can access the REST API.\",\"data\":{\"status\":401}}"));
        origin.on("/", ok("text/html; charset=UTF-8", "<html><head><link rel=\"alternate\""
                + " type=\"application/rss+xml\" title=\"Dinas &raquo; Feed\" href=\"" + origin.url("/feed/")
                + "\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"" + origin.url("/comments/feed/")
                + "\"></head><body>Beranda</body></html>"));
        origin.on("/feed/", ok("application/rss+xml; charset=UTF-8", """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Dinas</title>
                 <link>%1$s</link><language>id</language>
                 <item><title>Libur Sekolah</title><link>%1$s2025/03/libur/</link>
                  <guid isPermaLink="false">%1$s?p=21</guid><category><![CDATA[Pengumuman]]></category>
                  <pubDate>Mon, 03 Mar 2025 01:00:00 +0000</pubDate>
                  <content:encoded><![CDATA[<p>Sekolah libur sepekan.</p>]]></content:encoded></item>
                </channel></rss>""".formatted(origin.url("/"))));
        harness = new HarvestRouteHarness(wordpress(Map.of()));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.ingested).singleElement().satisfies(entry -> {
            assertThat(entry.raw().locator()).as("the guid the API gives it too")
                    .isEqualTo(origin.url("/?p=21").toString());
            assertThat(entry.raw().connector()).as("which way it came").isEqualTo("feed");
            assertThat(entry.raw().url()).isEqualTo(origin.url("/2025/03/libur/").toString());
            assertThat(entry.body()).contains("Sekolah libur sepekan.");
        });
        assertThat(harness.deadLetters).isEmpty();
        assertThat(origin.received("/")).as("a refused API is not asked at another address").hasSize(1);

        origin.on("/wp-json/wp/v2/posts", status(404, "text/html", "<html>Tidak ditemukan</html>"));
        site.collection("posts", List.of(site.post(21, "Libur Sekolah", "2025-03-03T01:00:00", "<p>Isi</p>")));
        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");
        assertThat(site.queries).as("the API asked from the beginning: the feed's run kept nothing of its own")
                .singleElement().asString().doesNotContain("modified_after");
    }

    @Test
    void badRecordsAreTheirOwnDeadLettersAndTheOthersGoOn() throws Exception {
        site.collection("posts", List.of(
                site.post(1, "Baik", "2025-03-01T01:00:00", "<p>Isi</p>"),
                "{\"title\":{\"rendered\":\"Tanpa id\"},\"modified_gmt\":\"2025-03-01T02:00:00\"}",
                site.post(3, "Pindah", "2025-03-01T03:00:00", "<p>Isi</p>")
                        .replace(origin.url("/2025/03/post-3/").toString(), "https://lain.example.org/post-3/"),
                site.post(4, "Rahasia", "2025-03-01T04:00:00", "")
                        .replace("\"protected\":false},\"excerpt\"", "\"protected\":true},\"excerpt\""),
                site.post(5, "Kosong", "2025-03-01T05:00:00", "<p> </p>"),
                site.post(6, "Draf", "2025-03-01T06:00:00", "<p>Isi</p>").replace("\"publish\"", "\"draft\""),
                site.post(7, "Baik juga", "2025-03-01T07:00:00", "<p>Isi</p>")));
        harness = new HarvestRouteHarness(wordpress(Map.of()));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.ingestedLocators()).containsExactly(origin.url("/?p=1").toString(),
                origin.url("/?p=7").toString());
        assertThat(harness.deadLetters).extracting(DeadLetter::reason).containsExactly(
                "post 2 of the WordPress answer has no id ('Tanpa id')",
                "post 3 ('Pindah') links to https://lain.example.org/post-3/, outside the source's allowed hosts"
                        + " [127.0.0.1, 127.0.0.1:" + origin.url("/").getPort() + "] (add its host to the source's"
                        + " allowed-hosts if the site is served there)",
                "post 4 ('Rahasia') is password-protected: its content is not public",
                "post 5 ('Kosong') has no content",
                "post 6 ('Draf') is 'draft', not published");
    }

    @Test
    void aBadPostListedAgainAtTheNextRunIsCountedNotWrittenAgain() throws Exception {
        site.collection("posts", List.of(site.post(1, "Baik", "2025-03-01T01:00:00", "<p>Isi</p>"),
                site.post(2, "Kosong", "2025-03-02T01:00:00", "")));
        harness = new HarvestRouteHarness(wordpress(Map.of()));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");
        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(site.queries).hasSize(2);
        assertThat(harness.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("post 2 ('Kosong') has no content");
            assertThat(letter.locator()).isEqualTo(origin.url("/2025/03/post-2/").toString());
        });
    }

    @Test
    void anAnswerThatIsNotJsonIsOneDeadLetterAndNotTheFeed() throws Exception {
        origin.on("/wp-json/wp/v2/posts", ok(JSON, "[{\"id\":1,\"title\":{\"rendered\":\"Terpot"));
        harness = new HarvestRouteHarness(wordpress(Map.of()));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.deadLetters).singleElement().extracting(DeadLetter::reason).asString()
                .startsWith("the WordPress REST API's answer at " + origin.url("/wp-json/wp/v2/posts?per_page=50")
                        + "&page=1&orderby=modified&order=asc&_embed=wp%3Aterm is not JSON (");
        assertThat(origin.received("/feed/")).isEmpty();
    }

    @Test
    void termsTheSiteDoesNotEmbedAreAskedByTheirIds() throws Exception {
        site.collection("posts", List.of(site.post(1, "Satu", "2025-03-01T01:00:00", "<p>Isi</p>")
                .replaceAll(",\"_embedded\":.*}$", "}").replace("\"tags\":[12]", "\"tags\":[12,13]")));
        origin.on("/wp-json/wp/v2/categories", ok(JSON, "[{\"id\":5,\"name\":\"Berita &amp; Acara\","
                + "\"slug\":\"berita\",\"taxonomy\":\"category\"}]"));
        origin.on("/wp-json/wp/v2/tags", ok(JSON, "[{\"id\":12,\"name\":\"beasiswa\",\"slug\":\"beasiswa\","
                + "\"taxonomy\":\"post_tag\"},{\"id\":13,\"name\":\"smp\",\"slug\":\"smp\","
                + "\"taxonomy\":\"post_tag\"}]"));
        harness = new HarvestRouteHarness(wordpress(Map.of()));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.ingested).singleElement().extracting(i -> i.raw().declared().tags())
                .isEqualTo(List.of("Berita & Acara", "beasiswa", "smp"));
    }

    @Test
    void postsAndPagesAreReadAndATypeCutShortGoesOnFromItsOwnLatestChange() throws Exception {
        site.collection("posts", List.of(site.post(1, "Satu", "2025-03-01T01:00:00", "<p>Isi</p>"),
                site.post(2, "Dua", "2025-03-02T01:00:00", "<p>Isi</p>")));
        site.collection("pages", List.of(site.post(9, "Profil", "2025-06-01T01:00:00", "<p>Profil dinas</p>")
                .replace("\"type\":\"post\"", "\"type\":\"page\"")));
        harness = new HarvestRouteHarness(wordpress(Map.of("post-types", "posts, pages", "page-size", "1",
                "page-limit", "1")));

        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");

        assertThat(harness.ingested).extracting(i -> i.raw().fileName()).containsExactly("post.html", "page.html");
        site.queries.clear();
        harness.run(WordPressRouteTemplate.RUN, "disdik-wp");
        assertThat(site.queries).as("from the posts' latest change, not the pages'").containsExactly(
                "posts per_page=1&page=1&orderby=modified&order=asc&_embed=wp:term"
                        + "&modified_after=2025-03-01T00:59:59Z",
                "pages per_page=1&page=1&orderby=modified&order=asc&_embed=wp:term"
                        + "&modified_after=2025-03-01T00:59:59Z");
    }

    private SourceDefinition wordpress(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(options);
        all.put("allow-private-addresses", "true");
        all.put("request-interval", "10ms");
        return new SourceDefinition("disdik-wp", new Agency("disdik", "Dinas Pendidikan"), "wordpress",
                origin.url("/").toString(), Duration.ofHours(1), ReviewPolicy.AUTO, DocumentKind.OTHER, all, null);
    }
}
