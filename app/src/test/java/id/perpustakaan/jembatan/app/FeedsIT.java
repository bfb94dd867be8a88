package id.perpustakaan.jembatan.app;

import static id.perpustakaan.jembatan.app.PublishedDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound feeds read back as a feed reader would: Rome parses the RSS and Atom, JSON Feed is read as JSON; entries
 * newest first with the documents' own dates and stable ids; conditional requests for an unchanged feed get 304.
 */
class FeedsIT extends PipelineIT {

    @Test
    void anAgencysFeedInEveryFormat() throws Exception {
        String agency = uniqueWord("dinas");
        String word = uniqueWord("umpan");
        publish(document("f1-" + word, "Pengumuman Pertama " + word).agency(agency, "Dinas Uji Umpan")
                        .kind(DocumentKind.ANNOUNCEMENT).published("2025-05-01T01:00:00Z").url("https://uji.example/1")
                        .build(),
                document("f2-" + word, "Berita Kedua " + word).agency(agency, "Dinas Uji Umpan")
                        .published("2025-06-01T01:00:00Z").modified("2025-06-03T04:05:06Z").build(),
                document("f3-" + word, "Berita Lain " + word).published("2025-07-01T01:00:00Z").build());
        awaitHits(word, 3);

        SyndFeed rss = parse(fetch("/feeds/agencies/" + agency + ".rss"));
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).contains("Dinas Uji Umpan");
        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Berita Kedua " + word, "Pengumuman Pertama " + word);
        SyndEntry first = rss.getEntries().get(1);
        assertThat(first.getUri()).isEqualTo("urn:jembatan:document:f1-" + word);
        assertThat(first.getLink()).endsWith("/dokumen/f1-" + word);
        assertThat(first.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2025-05-01T01:00:00Z")));
        assertThat(first.getEnclosures().get(0).getUrl()).endsWith("/api/documents/f1-" + word + "/original");

        SyndFeed atom = parse(fetch("/feeds/agencies/" + agency + ".atom"));
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry revised = atom.getEntries().get(0);
        assertThat(revised.getUri()).isEqualTo("urn:jembatan:document:f2-" + word);
        assertThat(revised.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2025-06-03T04:05:06Z")));
        assertThat(revised.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2025-06-01T01:00:00Z")));
        assertThat(revised.getLink()).endsWith("/dokumen/f2-" + word);

        ResponseEntity<String> json = fetch("/feeds/agencies/" + agency + ".json");
        assertThat(json.getHeaders().getContentType().toString()).startsWith("application/feed+json");
        JsonNode feed = JsonMapper.shared().readTree(json.getBody());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asText()).endsWith("/feeds/agencies/" + agency + ".json");
        assertThat(feed.get("items")).extracting(item -> item.get("id").asText())
                .containsExactly("urn:jembatan:document:f2-" + word, "urn:jembatan:document:f1-" + word);
        assertThat(feed.get("items").get(0).get("date_modified").asText()).isEqualTo("2025-06-03T04:05:06Z");
        assertThat(feed.get("items").get(1).get("external_url").asText()).isEqualTo("https://uji.example/1");
        assertThat(feed.get("items").get(1).get("attachments").get(0).get("mime_type").asText())
                .isEqualTo("application/pdf");
    }

    @Test
    void aKindsFeedAndASearchFeed() throws Exception {
        String word = uniqueWord("beasiswa");
        publish(document("r-" + word, "Peraturan Beasiswa " + word).regulation("Perwako", "9", 2025, "Beasiswa")
                        .published("2099-01-01T00:00:00Z").build(),
                document("n-" + word, "Berita Beasiswa " + word).published("2025-02-01T00:00:00Z").build());
        awaitHits(word, 2);

        SyndFeed regulations = parse(fetch("/feeds/kinds/regulation.atom"));
        assertThat(regulations.getEntries().get(0).getUri()).isEqualTo("urn:jembatan:document:r-" + word);

        SyndFeed search = parse(fetch("/feeds/search.atom?q=" + word));
        assertThat(search.getEntries()).extracting(SyndEntry::getUri)
                .containsExactly("urn:jembatan:document:r-" + word, "urn:jembatan:document:n-" + word);
        SyndFeed filtered = parse(fetch("/feeds/search.rss?q=" + word + "&kind=news"));
        assertThat(filtered.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Berita Beasiswa " + word);
    }

    @Test
    void anUnchangedFeedIsNotSentAgain() throws Exception {
        String word = uniqueWord("tetap");
        publish(document("t1-" + word, "Jadwal Tetap " + word).build());
        awaitHits(word, 1);
        String path = "/feeds/search.rss?q=" + word;

        ResponseEntity<String> first = fetch(path);
        String etag = first.getHeaders().getETag();
        assertThat(etag).isNotBlank();
        assertThat(first.getHeaders().getLastModified())
                .isEqualTo(Instant.parse("2025-03-01T02:00:00Z").toEpochMilli());
        assertThat(first.getHeaders().getCacheControl()).contains("max-age=300");

        assertThat(conditional(path, HttpHeaders.IF_NONE_MATCH, etag)).isEqualTo(304);
        assertThat(conditional(path, HttpHeaders.IF_MODIFIED_SINCE, first.getHeaders().getFirst(
                HttpHeaders.LAST_MODIFIED))).isEqualTo(304);
        assertThat(conditional("/feeds/search.atom?q=" + word, HttpHeaders.IF_NONE_MATCH, etag))
                .as("another format is another representation").isEqualTo(200);

        publish(document("t1-" + word, "Jadwal Tetap Diubah " + word).revision(2).build());
        await().atMost(SEARCHABLE_WITHIN).until(() -> conditional(path, HttpHeaders.IF_NONE_MATCH, etag) == 200);
        assertThat(parse(fetch(path)).getEntries().get(0).getTitle()).isEqualTo("Jadwal Tetap Diubah " + word);
    }

    @Test
    void anUnknownKindOrFormatIsRefused() {
        int unknownKind = http().get().uri("/feeds/kinds/memo.rss")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(unknownKind).isEqualTo(400);
        int unknownFormat = http().get().uri("/feeds/kinds/news.xml")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(unknownFormat).isIn(401, 403, 404);
    }

    private ResponseEntity<String> fetch(String path) {
        ResponseEntity<String> answer = http().get().uri(path).retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer;
    }

    private int conditional(String path, String header, String value) {
        return http().get().uri(path).header(header, value)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private static SyndFeed parse(ResponseEntity<String> answer) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new StringReader(answer.getBody()));
    }

    private void publish(Document... documents) throws Exception {
        try (var published = new PublishedDocuments(bootstrapServers, topics.published())) {
            published.publish(documents);
        }
    }
}
