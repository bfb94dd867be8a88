package id.perpustakaan.jembatan.connectors.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared feed corpus (see its SOURCES.md) either gives a feed or is refused with a specific
 * reason. Decisions the expectations encode: ill-formed XML is refused, not repaired; an undeclared charset is
 * guessed only when the bytes are not UTF-8; any entity declaration is refused; {@code <rss>} without a channel
 * is refused because it holds nothing.
 */
class FeedCorpusAcceptanceTest {

    private static final String MALFORMED = "malformed feed: ";
    private static final String ENTITIES = "feed declares a DOCTYPE with entities";

    /** File name → the start of the reason it is refused with. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("encoding_big5.xml", "malformed feed: <rss> has no <channel>"),
            Map.entry("encoding_utf-16le-bom.xml", "malformed feed: <rss> has no <channel>"),
            Map.entry("encoding_utf-32be.xml", "malformed feed: <rss> has no <channel>"),
            Map.entry("encoding_bozo_encoding_mismatch_crash.xml", "malformed feed: <rss> has no <channel>"),
            Map.entry("encoding_bozo_bogus_encoding.xml", "unsupported character encoding: BOGUS"),
            Map.entry("encoding_bozo_invalid-bytes-with-bom.xml", MALFORMED),
            Map.entry("entities_doesnotexist.xml", "malformed feed: The entity \"doesnotexist\" was referenced"),
            Map.entry("illformed_aaa_illformed.xml", MALFORMED),
            Map.entry("illformed_rss_empty_document.xml", "empty feed document"),
            Map.entry("illformed_rss_incomplete_cdata.xml", MALFORMED),
            Map.entry("illformed_rss_item_link_corrupted_ampersands.xml", MALFORMED),
            Map.entry("illformed_undeclared_namespace.xml", "malformed feed: The prefix \"itunes\""),
            Map.entry("wellformed_rdf_doctype_contains_entity_decl.xml", ENTITIES + " (%HTMLlat1;)"),
            Map.entry("wellformed_rss_entity_in_doctype.xml", ENTITIES + " (&id;)"));

    /** File name → item count; the synthetic Rome feeds name their first item title after their format. */
    private static final Map<String, Integer> ITEMS = Map.ofEntries(
            Map.entry("rss_0.9.xml", 2), Map.entry("rss_0.91N.xml", 2), Map.entry("rss_0.91U.xml", 2),
            Map.entry("rss_0.92.xml", 2), Map.entry("rss_0.93.xml", 2), Map.entry("rss_0.94.xml", 2),
            Map.entry("rss_1.0.xml", 2), Map.entry("rss_1.0_DC_Sy.xml", 2), Map.entry("rss_2.0.xml", 2),
            Map.entry("atom_0.3.xml", 2), Map.entry("atom_1.0.xml", 2), Map.entry("atom_1.0_b.xml", 16),
            Map.entry("CDATATestFeed.xml", 2), Map.entry("rss_1.0-ns-on-channel.xml", 44),
            Map.entry("issue137-rss.xml", 4), Map.entry("jira_issue1.xml", 2),
            Map.entry("usgs-gov-earthquakes-all-hour-atom.xml", 6), Map.entry("slashdot.xml", 10),
            Map.entry("YouTube-MostPopular.rss", 9), Map.entry("index.rss", 4),
            Map.entry("encoding_demoronize-1.xml", 1), Map.entry("encoding_bozo_linenoise.xml", 1),
            Map.entry("encoding_euc-kr.xml", 0), Map.entry("illformed_always_strip_doctype.xml", 0),
            Map.entry("illformed_chardet_koi8r.xml", 1), Map.entry("illformed_chardet_shiftjis.xml", 1),
            Map.entry("illformed_chardet_windows1255.xml", 1), Map.entry("wellformed_atom10_relative_uri_inherit.xml", 0),
            Map.entry("wellformed_sanitize_entry_content_crazy.xml", 1),
            Map.entry("wellformed_sanitize_entry_content_script_cdata.xml", 1));

    private static Path corpus;

    @BeforeAll
    static void locateCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/corpus/feeds"))) {
                corpus = dir.resolve("shared/corpus/feeds");
                return;
            }
        }
        Assumptions.abort("no shared/corpus/feeds above " + Path.of("").toAbsolutePath() + ": corpus tests skipped");
    }

    @Test
    void everyFileGivesAFeedOrAReasonAsExpected() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> rome = Files.list(corpus.resolve("rome"));
             Stream<Path> feedparser = Files.list(corpus.resolve("feedparser"))) {
            Stream.concat(rome, feedparser).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(files::add);
        }
        int parsed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            FeedRejectedException refused = catchThrowableOfType(FeedRejectedException.class, () -> read(file));
            if (refused == null) {
                FeedContent feed = read(file);
                System.out.printf("%-52s %3d items, first: %s%n", name, feed.items().size(),
                        feed.items().isEmpty() ? "(feed title) " + feed.title() : feed.items().get(0).title());
                assertThat(ITEMS).as("%s gave a feed; expected", name).containsKey(name);
                assertThat(feed.items()).as(name).hasSize(ITEMS.get(name));
                parsed++;
            } else {
                System.out.printf("%-52s refused: %s%n", name, refused.getMessage());
                assertThat(REFUSED).as("%s was refused (%s); expected", name, refused.getMessage()).containsKey(name);
                assertThat(refused.getMessage()).as(name).startsWith(REFUSED.get(name));
                assertThat(refused.stage()).isEqualTo("feed");
            }
        }
        assertThat(parsed + REFUSED.size()).isEqualTo(files.size());
        assertThat(files).hasSize(ITEMS.size() + REFUSED.size());
    }

    @Test
    void formatVersionFeedsGiveTheirEntriesInOrder() throws IOException {
        for (String format : List.of("rss_0.9", "rss_0.91N", "rss_0.91U", "rss_0.92", "rss_0.93", "rss_0.94")) {
            FeedContent feed = read(corpus.resolve("rome/" + format + ".xml"));
            String channel = format.equals("rss_0.9") ? format : format + ".channel";
            assertThat(feed.title()).isEqualTo(format + ".channel.title");
            assertThat(feed.items()).extracting(FeedItem::title)
                    .containsExactly(channel + ".item[0].title", channel + ".item[1].title");
        }
        for (String format : List.of("rss_1.0", "rss_1.0_DC_Sy")) {
            assertThat(read(corpus.resolve("rome/" + format + ".xml")).items()).extracting(FeedItem::title)
                    .containsExactly("rss_1.0.item[0].title", "rss_1.0.item[1].title");
        }
        assertThat(read(corpus.resolve("rome/rss_2.0.xml")).items()).extracting(FeedItem::title, FeedItem::guid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rss_2.0.channel.item[0].title", "rss_2.0.channel.item[0].guid"),
                        org.assertj.core.groups.Tuple.tuple("rss_2.0.channel.item[1].title", "rss_2.0.channel.item[1].guid"));
        for (String format : List.of("atom_0.3", "atom_1.0")) {
            FeedContent feed = read(corpus.resolve("rome/" + format + ".xml"));
            assertThat(feed.title()).isEqualTo(format + ".feed.title");
            assertThat(feed.items()).extracting(FeedItem::title)
                    .containsExactly(format + ".feed.entry[0].title", format + ".feed.entry[1].title");
        }
        // a comment before the XML declaration is healed by Rome, so this reads as rss_2.0.xml does
        assertThat(read(corpus.resolve("rome/jira_issue1.xml")).items().get(0).title())
                .isEqualTo("rss_2.0.channel.item[0].title");
    }

    @Test
    void encodingsDecodeToTheTextTheFilesWereWrittenIn() throws IOException {
        assertThat(read(corpus.resolve("feedparser/encoding_euc-kr.xml")).title()).isEqualTo("\ub144");
        assertThat(read(corpus.resolve("feedparser/encoding_demoronize-1.xml")).items().get(0).summary())
                .isEqualTo("don\u2019t");
        assertThat(read(corpus.resolve("feedparser/illformed_chardet_koi8r.xml")).items().get(0).title())
                .isEqualTo("Как пережить новогоднюю ночь");
        assertThat(read(corpus.resolve("feedparser/illformed_chardet_shiftjis.xml")).items().get(0).title())
                .startsWith("DrecomRSSに記事投稿が反映されない");
        assertThat(read(corpus.resolve("feedparser/illformed_chardet_windows1255.xml")).items().get(0).summary())
                .startsWith("האם תדפיס נייר של אתר אינטרנט");
        // structure errors after decoding show that the multi-byte documents were read as text, not as noise
        for (String file : List.of("encoding_big5.xml", "encoding_utf-16le-bom.xml", "encoding_utf-32be.xml")) {
            assertThat(catchThrowableOfType(FeedRejectedException.class, () -> read(corpus.resolve("feedparser/" + file))))
                    .as(file).hasMessage("malformed feed: <rss> has no <channel>");
        }
    }

    @Test
    void datesAndRelativeLinksAreReadAsPublished() throws IOException {
        // pubDate "2006-01-11 16:42:55 -0800" is not RFC 822; rome.properties adds the pattern
        assertThat(read(corpus.resolve("rome/index.rss")).items())
                .allSatisfy(item -> assertThat(item.publishedAt()).isNotNull())
                .first().satisfies(item -> assertThat(item.publishedAt()).hasToString("2006-01-12T00:42:55Z"));

        // the xml:base test suite: every entry links to base/result.html, every content link names its target
        List<FeedItem> bases = read(corpus.resolve("rome/atom_1.0_b.xml")).items();
        assertThat(bases).extracting(FeedItem::link)
                .containsOnly(URI.create("http://example.org/tests/base/result.html"));
        for (FeedItem item : bases.subList(4, 14)) {
            String target = item.contentHtml().replaceAll("(?s).*>(http[^<]+)</a>.*", "$1");
            assertThat(item.contentHtml()).as(item.title()).contains("href=\"" + target + "\"");
        }
        assertThat(bases.get(8).title()).isEqualTo("9: Content, <entry> has base: Absolute URL");

        FeedContent inherit = read(corpus.resolve("feedparser/wellformed_atom10_relative_uri_inherit.xml"));
        assertThat(inherit.title()).isEqualTo("Example test");
    }

    private static FeedContent read(Path file) throws IOException {
        return FeedReader.read(Files.readAllBytes(file), null, URI.create("https://feeds.example.go.id/" + file.getFileName()));
    }
}
