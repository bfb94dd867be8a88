package id.perpustakaan.jembatan.connectors.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities and DTDs in feeds from the open internet are never resolved, whatever the DOCTYPE says. */
class FeedEntityTest {

    private static final URI FEED = URI.create("https://disdik.example.go.id/rss");
    private static final String SECRET = "RAHASIA-7f3a9c";

    @TempDir
    Path dir;

    @Test
    void anExternalEntityPointingAtALocalFileIsRefusedAndTheFileNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>&xxe;</title>
                <item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
                """.formatted(secret.toUri());

        FeedRejectedException refused = catchThrowableOfType(FeedRejectedException.class, () -> read(feed));

        assertThat(refused).hasMessage("feed declares a DOCTYPE with entities (&xxe;); entities are never resolved");
        StringWriter trace = new StringWriter();
        refused.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).contains("xxe").doesNotContain(SECRET);
    }

    @Test
    void anExternalDtdIsNeverLoadedSoItsEntitiesAreSkipped() throws IOException {
        Path dtd = Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY greeting \"" + SECRET + "\">");
        String feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "%s">
                <rss version="2.0"><channel><title>Halo &greeting;</title>
                <item><title>&greeting;</title><guid>1</guid></item></channel></rss>
                """.formatted(dtd.toUri());

        // loading the DTD would have reported its entity declaration and refused the feed; a parser that skips
        // an external subset leaves references to it out
        FeedContent content = read(feed);

        assertThat(content.title()).isEqualTo("Halo");
        assertThat(content.items()).singleElement().satisfies(item -> assertThat(item.title()).isNull());
        assertThat(content.toString()).doesNotContain(SECRET);
    }

    @Test
    void aHarmlessDoctypeWithoutEntitiesIsReadWithoutFetchingIt() {
        String feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://site.invalid/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Pengumuman</title><link>https://disdik.example.go.id/</link>
                <item><title>Libur&nbsp;semester</title><link>/berita/1</link></item></channel></rss>
                """;

        FeedContent content = read(feed);

        assertThat(content.title()).isEqualTo("Pengumuman");
        assertThat(content.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Libur\u00a0semester");
            assertThat(item.link()).hasToString("https://disdik.example.go.id/berita/1");
        });
    }

    @Test
    void billionLaughsIsRefusedAtItsFirstDeclaration() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        String feed = "<?xml version=\"1.0\"?>\n" + doctype + "]>\n"
                + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";

        long start = System.nanoTime();
        FeedRejectedException refused = catchThrowableOfType(FeedRejectedException.class, () -> read(feed));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(refused).hasMessage("feed declares a DOCTYPE with entities (&lol;); entities are never resolved");
        assertThat(took).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void corpusEntityTricksAreRefusedWithoutTheirValues() throws IOException {
        Path corpus = corpus();
        FeedRejectedException internal = catchThrowableOfType(FeedRejectedException.class, () -> FeedReader.read(
                Files.readAllBytes(corpus.resolve("wellformed_rss_entity_in_doctype.xml")), "application/rss+xml", FEED));
        assertThat(internal).hasMessage("feed declares a DOCTYPE with entities (&id;); entities are never resolved");

        // an external parameter entity at w3.org: refused at its declaration, so nothing is fetched
        FeedRejectedException parameter = catchThrowableOfType(FeedRejectedException.class, () -> FeedReader.read(
                Files.readAllBytes(corpus.resolve("wellformed_rdf_doctype_contains_entity_decl.xml")), null, FEED));
        assertThat(parameter)
                .hasMessage("feed declares a DOCTYPE with entities (%HTMLlat1;); entities are never resolved");
    }

    private static Path corpus() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus/feeds"))) {
                return d.resolve("shared/corpus/feeds/feedparser");
            }
        }
        org.junit.jupiter.api.Assumptions.abort("no shared/corpus/feeds above the working directory");
        return null;
    }

    private static FeedContent read(String xml) {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=utf-8", FEED);
    }
}
