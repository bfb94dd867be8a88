package id.perpustakaan.jembatan.routes.harvest;

import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.ok;
import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.withEtag;
import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.routes.feed.FeedRouteTemplate;
import id.perpustakaan.jembatan.routes.fixtures.WebOrigin;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class FeedRunTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";

    @AutoClose
    private final WebOrigin origin = WebOrigin.start();
    private HarvestRouteHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void keepsTheFeedsValidatorsOnlyAfterEveryEntryReachedKafka() throws Exception {
        origin.on("/feed", withEtag(RSS, rss("", item("1"), item("2"), item("3")), "\"v1\""));
        harness = new HarvestRouteHarness(feed(Map.of()));
        AtomicBoolean kafkaDown = new AtomicBoolean(true);
        harness.behaviour = raw -> {
            if (kafkaDown.get() && raw.locator().endsWith("/2")) {
                throw new TimeoutException("Expiring 1 record(s) for jembatan.documents-0");
            }
        };

        Exchange failed = harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        kafkaDown.set(false);
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");

        assertThat(failed.getException()).isNotNull();
        // the second run did not ask "changed since v1?": it read the feed in full and published the missing entry
        assertThat(origin.received("/feed")).extracting(WebOrigin.Received::ifNoneMatch).containsExactly(null, null);
        assertThat(harness.ingestedLocators()).filteredOn(locator -> locator.endsWith("/2")).hasSize(1);
        assertThat(harness.deadLetters).isEmpty();

        harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        assertThat(origin.received("/feed")).extracting(WebOrigin.Received::ifNoneMatch)
                .containsExactly(null, null, "\"v1\"");
    }

    @Test
    void anInstanceThatTakesOverAFeedAsksWhatChangedSinceItsLastCompleteRunElsewhere() throws Exception {
        origin.on("/feed", withEtag(RSS, rss("", item("1"), item("2")), "\"v1\""));
        harness = new HarvestRouteHarness(feed(Map.of()));
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        SourceRun elsewhere = harness.runs.of("disdik-feed").orElseThrow();
        harness.close();
        assertThat(elsewhere.address().etag()).isEqualTo("\"v1\"");

        // the next instance (or this one restarted) reads the source's last run from the runs index
        harness = new HarvestRouteHarness(sourceId -> Optional.of(elsewhere), feed(Map.of()));
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");

        assertThat(origin.received("/feed")).extracting(WebOrigin.Received::ifNoneMatch)
                .containsExactly(null, "\"v1\"");
        assertThat(harness.ingestedLocators()).as("unchanged: 304").isEmpty();
        assertThat(harness.runs.of("disdik-feed").orElseThrow().address().etag()).isEqualTo("\"v1\"");
    }

    @Test
    void aMissingArticlePageCostsOneEntryItsOwnDeadLetter() throws Exception {
        origin.on("/feed", ok(RSS, rss("", item("1"), item("2"), item("3"))))
                .on("/berita/1", ok("text/html", page("Satu")))
                .on("/berita/3", ok("text/html", page("Tiga")));
        harness = new HarvestRouteHarness(feed(Map.of("fetch-article", "true")));

        harness.run(FeedRouteTemplate.RUN, "disdik-feed");

        assertThat(harness.ingestedLocators()).containsExactly(origin.url("/berita/1").toString(),
                origin.url("/berita/3").toString());
        assertThat(harness.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.locator()).isEqualTo(origin.url("/berita/2").toString());
            assertThat(letter.reason()).contains("article page of feed entry 'Pengumuman 2'")
                    .contains("404 Not Found");
        });
    }

    @Test
    void anUnchangedBrokenFeedCostsA304AndNoSecondDeadLetter() throws Exception {
        origin.on("/feed", withEtag("text/html", "<html><body>Situs dalam perbaikan</body></html>", "\"rusak\""));
        harness = new HarvestRouteHarness(feed(Map.of()));

        for (int run = 0; run < 3; run++) {
            harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        }

        assertThat(origin.received("/feed")).extracting(WebOrigin.Received::ifNoneMatch)
                .containsExactly(null, "\"rusak\"", "\"rusak\"");
        assertThat(harness.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).startsWith("not a feed");
            assertThat(harness.repeats.of(letter)).hasValueSatisfying(tally ->
                    assertThat(tally.repeats()).isEqualTo(2));
        });
        assertThat(harness.runs.of("disdik-feed").orElseThrow().lastError()).startsWith("not a feed");
    }

    @Test
    void aFeedRefusedAgainAfterItWasReadIsNewsAndWrittenAgain() throws Exception {
        origin.on("/feed", ok("text/html", "<html><body>rusak</body></html>"));
        harness = new HarvestRouteHarness(feed(Map.of()));
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        origin.on("/feed", ok(RSS, rss("", item("1"))));
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        origin.on("/feed", ok("text/html", "<html><body>rusak</body></html>"));
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");

        assertThat(harness.deadLetters).hasSize(2);
    }

    @Test
    void anEntryCarriesTheFeedsLanguageAndItsHtmlSummaryAsMarkup() throws Exception {
        String described = "<item><guid>g-1</guid><title>Layanan keliling</title><description>"
                + "&lt;p&gt;Mobil &lt;strong&gt;perpustakaan&lt;/strong&gt; datang.&lt;/p&gt;</description></item>";
        origin.on("/feed", ok(RSS, rss("<language>id-ID</language>", described)));
        harness = new HarvestRouteHarness(feed(Map.of()));

        harness.run(FeedRouteTemplate.RUN, "disdik-feed");

        assertThat(harness.ingested).singleElement().satisfies(entry -> {
            assertThat(entry.raw().declaredLanguage()).isEqualTo("id");
            assertThat(entry.body()).contains("<html lang=\"id\">")
                    .contains("<strong>perpustakaan</strong>").doesNotContain("&lt;strong")
                    .contains("<meta name=\"description\" content=\"Mobil perpustakaan datang.\">");
        });
    }

    @Test
    void aRunOfASourceThatIsGoingIsSkipped() throws Exception {
        origin.on("/feed", ok(RSS, rss("", item("1"))));
        harness = new HarvestRouteHarness(feed(Map.of()));
        assertThat(harness.runs.begin("disdik-feed")).isTrue();

        harness.run(FeedRouteTemplate.RUN, "disdik-feed");

        assertThat(origin.received("/feed")).isEmpty();
        harness.runs.finished("disdik-feed");
        harness.run(FeedRouteTemplate.RUN, "disdik-feed");
        assertThat(origin.received("/feed")).hasSize(1);
        assertThat(harness.runs.runningSince("disdik-feed")).isEmpty();
    }

    private SourceDefinition feed(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(options);
        all.put("allow-private-addresses", "true");
        return new SourceDefinition("disdik-feed", new Agency("disdik", "Dinas Pendidikan"), "feed",
                origin.url("/feed").toString(), Duration.ofHours(1), ReviewPolicy.AUTO, DocumentKind.ANNOUNCEMENT,
                all, null);
    }

    private String item(String n) {
        return "<item><title>Pengumuman " + n + "</title><link>" + origin.url("/berita/" + n) + "</link>"
                + "<description>Isi pengumuman nomor " + n + " untuk warga.</description></item>";
    }

    private static String rss(String channelExtra, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Disdik</title>"
                + "<link>https://disdik.example.go.id/</link><description>Berita</description>" + channelExtra
                + String.join("", items) + "</channel></rss>";
    }

    private static String page(String title) {
        return "<!DOCTYPE html><html lang=\"id\"><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1><p>Isi berita " + title + ".</p></article></body></html>";
    }
}
