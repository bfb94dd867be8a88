package id.perpustakaan.jembatan.connectors.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Posts as WordPress 4.7–6.x REST APIs list them, the records that cannot be published, and answers that are not. */
class WordPressPostsTest {

    private static final URI POSTS = URI.create("https://disdik.example.go.id/wp-json/wp/v2/posts?per_page=50");

    private static WordPressPosts read(String json) throws WordPressApiUnavailable {
        return WordPressPosts.read(json.getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8", null,
                POSTS);
    }

    private static JsonNode node(String json) throws IOException {
        return WordPressJson.MAPPER.readTree(json);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WordPressPostsTest.class.getResourceAsStream("/wordpress/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPostWithEmbeddedTermsIsReadAsPeopleReadIt() throws Exception {
        WordPressPosts answer = WordPressPosts.read(fixture("posts-embedded.json"), "application/json; charset=UTF-8",
                "3", POSTS);

        assertThat(answer.posts()).hasSize(2);
        assertThat(answer.totalPages()).hasValue(3);
        WordPressPost post = WordPressPost.of(answer.posts().get(0), 1);
        assertThat(post.id()).isEqualTo(2417);
        assertThat(post.title()).as("entities decoded").isEqualTo("Pendaftaran Beasiswa Prestasi 2025 – Tahap I");
        assertThat(post.link()).isEqualTo(URI.create(
                "https://disdik.example.go.id/2025/03/04/pendaftaran-beasiswa-2025/"));
        assertThat(post.locator()).as("the guid the feed gives too").isEqualTo("https://disdik.example.go.id/?p=2417");
        assertThat(post.publishedAt()).as("date_gmt is GMT without a zone")
                .isEqualTo(Instant.parse("2025-03-04T09:15:00Z"));
        assertThat(post.modifiedAt()).isEqualTo(Instant.parse("2025-03-05T01:02:11Z"));
        assertThat(post.summary()).as("without WordPress' [...]").isEqualTo("Dinas Pendidikan membuka pendaftaran"
                + " Beasiswa Prestasi bagi siswa SMP se-Kota Sawahlunto. Berkas diterima sampai 31 Maret 2025.");
        assertThat(post.contentHtml()).contains("<strong>Beasiswa Prestasi</strong>").contains("syarat.pdf");
        assertThat(post.termNames(Map.of())).as("categories, then tags; the category nobody chose left out")
                .containsExactly("Pengumuman", "beasiswa", "SMP & MTs");
        assertThat(post.needsTermNames()).isFalse();

        WordPressPost second = WordPressPost.of(answer.posts().get(1), 2);
        assertThat(second.title()).as("markup dropped").isEqualTo("Jadwal Asesmen Sekolah");
        assertThat(second.summary()).as("without the read-more link")
                .isEqualTo("Asesmen sekolah dilaksanakan pada 14–18 April 2025.");
        assertThat(second.excerptHtml()).doesNotContain("Baca selengkapnya");
    }

    @Test
    void termsGivenAsIdsOnlyAreNamedByWhatTheSiteSaysOfThem() throws Exception {
        WordPressPost post = WordPressPost.of(node("""
                {"id":7,"link":"https://disdik.example.go.id/?p=7","title":{"rendered":"Libur"},
                 "content":{"rendered":"<p>Sekolah libur.</p>","protected":false},"categories":[1,5],"tags":[9]}
                """), 1);

        assertThat(post.needsTermNames()).isTrue();
        assertThat(post.locator()).as("no guid: its link").isEqualTo("https://disdik.example.go.id/?p=7");
        Map<Long, WordPressPost.Term> known = WordPressTerms.read("""
                [{"id":5,"count":40,"name":"Berita","slug":"berita","taxonomy":"category"},
                 {"id":1,"name":"Uncategorized","slug":"uncategorized","taxonomy":"category"}]
                """.getBytes(StandardCharsets.UTF_8), WordPressPost.CATEGORY);
        known = new HashMap<>(known);
        known.putAll(WordPressTerms.read("[{\"id\":9,\"name\":\"Libur &amp; Cuti\",\"slug\":\"libur\"}]"
                .getBytes(StandardCharsets.UTF_8), WordPressPost.TAG));

        assertThat(post.termNames(known)).containsExactly("Berita", "Libur & Cuti");
        assertThat(WordPressTerms.read("<html>".getBytes(StandardCharsets.UTF_8), WordPressPost.TAG)).isEmpty();
    }

    @Test
    void recordsThatCannotBePublishedAreRefusedSayingWhy() {
        assertThatThrownBy(() -> WordPressPost.of(node("[1]").get(0), 3)).hasMessage(
                "post 3 of the WordPress answer is not an object");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"title\":{\"rendered\":\"Tanpa id\"}}"), 4))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("post 4 of the WordPress answer has no id ('Tanpa id')");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"id\":8,\"title\":{\"rendered\":\"Rapat\"},"
                + "\"content\":{\"rendered\":\"<p>Isi</p>\"}}"), 1))
                .hasMessage("post 8 ('Rapat') has no link: there is no address to show it at");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"id\":8,\"link\":\"javascript:alert(1)\","
                + "\"content\":{\"rendered\":\"<p>Isi</p>\"}}"), 1))
                .hasMessage("post 8 has no http(s) link ('javascript:alert(1)'): there is no address to show it at");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"id\":9,\"status\":\"draft\",\"link\":"
                + "\"https://x.go.id/?p=9\",\"content\":{\"rendered\":\"<p>Isi</p>\"}}"), 1))
                .hasMessage("post 9 is 'draft', not published");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"id\":10,\"title\":{\"rendered\":\"Internal\"},"
                + "\"link\":\"https://x.go.id/internal/\",\"content\":{\"rendered\":\"\",\"protected\":true}}"), 1))
                .hasMessage("post 10 ('Internal') is password-protected: its content is not public");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"id\":11,\"link\":\"https://x.go.id/kosong/\","
                + "\"content\":{\"rendered\":\"\\n<p> </p>\\n\",\"protected\":false}}"), 1))
                .hasMessage("post 11 has no content");
        assertThatThrownBy(() -> WordPressPost.of(node("{\"id\":12,\"link\":\"https://x.go.id/a/\"}"), 1))
                .hasMessage("post 12 has no content (the answer lists no content.rendered)");
    }

    @Test
    void aPostThatIsOnlyAScanOrAFileIsContent() throws Exception {
        WordPressPost post = WordPressPost.of(node("{\"id\":13,\"link\":\"https://x.go.id/sk/\",\"content\":"
                + "{\"rendered\":\"<figure><img src=\\\"https://x.go.id/sk.jpg\\\"></figure>\"}}"), 1);

        assertThat(post.contentHtml()).contains("sk.jpg");
        assertThat(post.title()).isNull();
        assertThat(post.termNames(Map.of())).as("no terms at all").isEmpty();
    }

    @Test
    void anHtmlPageOrAnErrorSaysTheApiIsClosedOrNotThere() {
        assertThatThrownBy(() -> WordPressPosts.read("<!DOCTYPE html><html><body>Beranda</body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", null, POSTS))
                .isInstanceOf(WordPressApiUnavailable.class).hasMessageContaining("an HTML page instead")
                .extracting(e -> ((WordPressApiUnavailable) e).refused()).isEqualTo(false);
        assertThatThrownBy(() -> WordPressPosts.read("\n<html>".getBytes(StandardCharsets.UTF_8), "application/json",
                null, POSTS)).isInstanceOf(WordPressApiUnavailable.class);
        assertThatThrownBy(() -> read("{\"code\":\"rest_cannot_access\",\"message\":\"Only authenticated users can"
                + " access the REST API.\",\"data\":{\"status\":401}}"))
                .isInstanceOf(WordPressApiUnavailable.class)
                .hasMessage("the REST API at disdik.example.go.id answers rest_cannot_access (Only authenticated users"
                        + " can access the REST API.)")
                .extracting(e -> ((WordPressApiUnavailable) e).refused()).isEqualTo(true);
        assertThatThrownBy(() -> read("{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL"
                + " and request method.\",\"data\":{\"status\":404}}"))
                .extracting(e -> ((WordPressApiUnavailable) e).refused()).isEqualTo(false);
        assertThatThrownBy(() -> read("{\"namespaces\":[\"wp/v2\"]}")).isInstanceOf(WordPressApiUnavailable.class)
                .hasMessageContaining("not a list of posts");
    }

    @Test
    void jsonThatCannotBeReadIsRefused() {
        assertThatThrownBy(() -> read("[{\"id\":1,\"title\":{\"rendered\":\"Terpot"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageStartingWith("the WordPress REST API's answer at " + POSTS + " is not JSON (");
    }

    @Test
    void anEmptyCollectionIsNoPostsAndAnOddPageCountIsNone() throws Exception {
        WordPressPosts answer = WordPressPosts.read("[]".getBytes(StandardCharsets.UTF_8), "application/json",
                "banyak", POSTS);

        assertThat(answer.posts()).isEmpty();
        assertThat(answer.totalPages()).isEmpty();
    }

    @Test
    void theHomePageSaysWhereTheApiAndThePostsFeedAre() throws Exception {
        WordPressHome plain = WordPressHome.read(fixture("home-plain-permalinks.html"),
                URI.create("https://dinsos.example.go.id/"));

        assertThat(plain.apiRoot()).hasValue(URI.create("https://dinsos.example.go.id/?rest_route=/"));
        assertThat(plain.feed()).as("the posts' feed, not the comments'")
                .hasValue(URI.create("https://dinsos.example.go.id/?feed=rss2"));

        WordPressHome bare = WordPressHome.read("<html><head><title>x</title></head></html>"
                .getBytes(StandardCharsets.UTF_8), URI.create("https://dinsos.example.go.id/"));
        assertThat(bare.apiRoot()).isEmpty();
        assertThat(bare.feed()).isEmpty();
    }
}
