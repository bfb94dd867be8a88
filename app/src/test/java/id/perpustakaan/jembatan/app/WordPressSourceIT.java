package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * WordPress sources against local sites answering as WordPress does: an open REST API whose posts become the
 * agency's searchable documents with their categories and tags, bad posts dead-lettered with their reasons; a closed
 * API whose site is read through its feed; an API answering broken JSON; and the next runs write nothing.
 */
class WordPressSourceIT extends AgencySiteIT {

    private static final String JSON = "application/json; charset=UTF-8";

    WordPressSourceIT() {
        super("wordpress");
    }

    @Test
    void postsBecomeSearchableDocumentsBadOnesAreDeadLetteredAndTheNextRunsWriteNothing() throws Exception {
        String scholarship = PipelineIT.uniqueWord("beasiswa");
        String exam = PipelineIT.uniqueWord("asesmen");
        String holiday = PipelineIT.uniqueWord("libur");
        origin.answerAnyQuery("/terbuka/wp-json/wp/v2/posts", 200, Map.of("X-WP-Total", "5", "X-WP-TotalPages", "1"),
                JSON, ("[" + String.join(",",
                        post(2417, "Pendaftaran Beasiswa Prestasi 2025 &#8211; Tahap I", "2025-03-05T01:02:11",
                                "<p>Dinas Pendidikan membuka pendaftaran " + scholarship + " bagi siswa SMP.</p>",
                                origin.base() + "/terbuka/2025/03/04/pendaftaran-beasiswa/"),
                        post(2431, "Jadwal Asesmen Sekolah", "2025-03-10T03:00:00",
                                "<p>Asesmen " + exam + " dilaksanakan di setiap sekolah dasar &ndash; tanpa biaya.</p>",
                                origin.base() + "/terbuka/2025/03/10/jadwal-asesmen/"),
                        "{\"title\":{\"rendered\":\"Tanpa nomor\"},\"modified_gmt\":\"2025-03-11T00:00:00\"}",
                        post(2440, "Berita Pindahan", "2025-03-12T00:00:00", "<p>Isi berita pindahan.</p>",
                                "https://lain.example.org/berita-pindahan/"),
                        post(2450, "Rapat Internal", "2025-03-13T00:00:00", "", origin.base() + "/terbuka/rapat/")
                                .replace("\"protected\":false},\"excerpt\"", "\"protected\":true},\"excerpt\""))
                        + "]").getBytes(StandardCharsets.UTF_8));
        origin.answerAnyQuery("/tertutup/wp-json/wp/v2/posts", 401, Map.of(), JSON, ("{\"code\":"
                + "\"rest_cannot_access\",\"message\":\"Only authenticated users can access the REST API.\","
                + "\"data\":{\"status\":401}}")
                .getBytes(StandardCharsets.UTF_8));
        origin.put("/tertutup/", "text/html; charset=UTF-8", ("<!DOCTYPE html><html lang=\"id-ID\"><head>"
                + "<title>Dinas Sosial</title><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Dinas Sosial"
                + " &raquo; Feed\" href=\"" + origin.base() + "/tertutup/feed/\" /><link rel=\"alternate\""
                + " type=\"application/rss+xml\" href=\"" + origin.base() + "/tertutup/comments/feed/\" /></head>"
                + "<body><h1>Dinas Sosial</h1></body></html>").getBytes(StandardCharsets.UTF_8));
        origin.put("/tertutup/feed/", "application/rss+xml; charset=UTF-8", """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Dinas Sosial</title>
                 <link>%1$s/tertutup/</link><language>id</language>
                 <item><title>Penyaluran Bantuan Sosial</title><link>%1$s/tertutup/2025/03/bansos/</link>
                  <guid isPermaLink="false">%1$s/tertutup/?p=88</guid><category><![CDATA[Pengumuman]]></category>
                  <pubDate>Mon, 03 Mar 2025 01:00:00 +0000</pubDate>
                  <content:encoded><![CDATA[<p>Bantuan sosial %2$s disalurkan di kelurahan.</p>]]>
                  </content:encoded>
                 </item></channel></rss>""".formatted(origin.base(), holiday).getBytes(StandardCharsets.UTF_8));
        origin.answerAnyQuery("/rusak/wp-json/wp/v2/posts", 200, Map.of(), JSON,
                "[{\"id\":1,\"title\":{\"rendered\":\"Terpot".getBytes(StandardCharsets.UTF_8));
        app = OwnApplication.start(run, """
                jembatan:
                  sources:
                    - id: disdik-%1$s
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: wordpress
                      url: %2$s/terbuka/
                      schedule: 2s
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                    - id: dinsos-%1$s
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: wordpress
                      url: %2$s/tertutup
                      schedule: 2s
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                    - id: rusak-%1$s
                      agency-code: diskominfo
                      agency-name: Dinas Komunikasi dan Informatika
                      kind: wordpress
                      url: %2$s/rusak/
                      schedule: 2s
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                """.formatted(run, origin.base()), OwnApplication.ownTopics(run));

        JsonNode hit = app.awaitHits(scholarship, 1).get("hits").get(0);
        JsonNode post = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(post.get("title").asText()).isEqualTo("Pendaftaran Beasiswa Prestasi 2025 – Tahap I");
        assertThat(post.get("url").asText()).isEqualTo(origin.base() + "/terbuka/2025/03/04/pendaftaran-beasiswa/");
        assertThat(post.get("agency").get("code").asText()).isEqualTo("disdik");
        assertThat(post.get("summary").asText()).startsWith("Dinas Pendidikan membuka pendaftaran");
        assertThat(post.get("text").asText()).contains(scholarship);
        assertThat(post.get("publishedAt").asText()).isEqualTo("2025-03-04T09:15:00Z");
        assertThat(post.get("modifiedAt").asText()).isEqualTo("2025-03-05T01:02:11Z");
        assertThat(post.get("tags").toString()).contains("Pengumuman").contains("SMP & MTs")
                .doesNotContain("Tak Berkategori");
        assertThat(post.get("provenance").get("connector").asText()).isEqualTo("wordpress");
        assertThat(app.awaitHits(exam, 1).get("hits").get(0).get("title").asText())
                .isEqualTo("Jadwal Asesmen Sekolah");

        JsonNode entry = app.http().get().uri(app.awaitHits(holiday, 1).get("hits").get(0).get("href").asText())
                .retrieve().body(JsonNode.class);
        assertThat(entry.get("agency").get("code").asText()).isEqualTo("dinsos");
        assertThat(entry.get("url").asText()).isEqualTo(origin.base() + "/tertutup/2025/03/bansos/");
        assertThat(entry.get("provenance").get("connector").asText()).as("read through the feed").isEqualTo("feed");

        List<DeadLetter> letters = await().atMost(Duration.ofSeconds(30))
                .until(() -> app.deadLetters("disdik-" + run), found -> found.size() >= 3);
        assertThat(letters).extracting(DeadLetter::reason).containsExactlyInAnyOrder(
                "post 3 of the WordPress answer has no id ('Tanpa nomor')",
                "post 2440 ('Berita Pindahan') links to https://lain.example.org/berita-pindahan/, outside the"
                        + " source's allowed hosts [127.0.0.1, 127.0.0.1:" + origin.base().replaceAll(".*:", "")
                        + "] (add its host to the source's allowed-hosts if the site is served there)",
                "post 2450 ('Rapat Internal') is password-protected: its content is not public");
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> app.deadLetters("rusak-" + run),
                found -> !found.isEmpty()).get(0).reason())
                .startsWith("the WordPress REST API's answer at " + origin.base() + "/rusak/wp-json/wp/v2/posts?")
                .contains(" is not JSON (");

        long documents = app.endOffset(app.topics().documents());
        long askedSince = changedSinceRequests();
        long feedReads = requests("/tertutup/feed/");
        await().atMost(Duration.ofSeconds(30)).until(() -> changedSinceRequests() >= askedSince + 2
                && requests("/tertutup/feed/") >= feedReads + 2);
        assertThat(app.endOffset(app.topics().documents())).as("unchanged posts and entries write nothing")
                .isEqualTo(documents);
        assertThat(changedSince().findFirst().orElseThrow())
                .as("from a second before the latest change a complete run saw, a bad post's too")
                .contains("modified_after=2025-03-12T23%3A59%3A59Z");
        assertThat(app.deadLetters("rusak-" + run)).as("a refusal repeated is counted, not written again")
                .hasSize(1);
    }

    private long changedSinceRequests() {
        return changedSince().count();
    }

    /** The open site's posts asked for what changed since a time. */
    private Stream<String> changedSince() {
        return origin.requests().stream().map(headers -> headers.get("target"))
                .filter(target -> target.startsWith("/terbuka/wp-json/wp/v2/posts?")
                        && target.contains("modified_after"));
    }

    private long requests(String target) {
        return origin.requests().stream().filter(headers -> target.equals(headers.get("target"))).count();
    }

    /** A published post as WordPress 6 lists it with {@code _embed=wp:term}. */
    private String post(long id, String title, String modifiedGmt, String content, String link) {
        String site = origin.base() + "/terbuka";
        return """
                {"id":%1$d,"date":"2025-03-04T16:15:00","date_gmt":"2025-03-04T09:15:00",\
                "guid":{"rendered":"%2$s\\/?p=%1$d"},"modified":"%3$s","modified_gmt":"%3$s","slug":"post-%1$d",\
                "status":"publish","type":"post","link":"%4$s","title":{"rendered":"%5$s"},\
                "content":{"rendered":"\\n%6$s\\n","protected":false},\
                "excerpt":{"rendered":"<p>%7$s [&hellip;]<\\/p>\\n","protected":false},"author":3,\
                "featured_media":0,"comment_status":"closed","ping_status":"closed","sticky":false,"template":"",\
                "format":"standard","meta":{"footnotes":""},"categories":[5,1],"tags":[14],\
                "class_list":["post-%1$d","post","type-post","status-publish","format-standard","hentry"],\
                "_links":{"self":[{"href":"%2$s\\/wp-json\\/wp\\/v2\\/posts\\/%1$d"}],\
                "wp:term":[{"taxonomy":"category","embeddable":true,\
                "href":"%2$s\\/wp-json\\/wp\\/v2\\/categories?post=%1$d"}]},\
                "_embedded":{"wp:term":[[{"id":5,"link":"%2$s\\/category\\/pengumuman\\/","name":"Pengumuman",\
                "slug":"pengumuman","taxonomy":"category"},{"id":1,"link":"%2$s\\/category\\/tak-berkategori\\/",\
                "name":"Tak Berkategori","slug":"tak-berkategori","taxonomy":"category"}],\
                [{"id":14,"link":"%2$s\\/tag\\/smp\\/","name":"SMP &amp; MTs","slug":"smp-mts",\
                "taxonomy":"post_tag"}]]}}"""
                .formatted(id, site, modifiedGmt, link, title, content.replace("\"", "\\\""),
                        Jsoup.parse(content).text());
    }
}
