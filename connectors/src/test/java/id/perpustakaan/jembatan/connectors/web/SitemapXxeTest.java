package id.perpustakaan.jembatan.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.helpers.DefaultHandler;

/** A sitemap whose DOCTYPE names a local file as an external entity must never get that file's content. */
class SitemapXxeTest {

    private static final String SECRET = "kata-sandi-basis-data-7f3a9c";
    private static final URI SITEMAP = URI.create("https://disdik.sawahluntokota.go.id/sitemap.xml");

    @TempDir
    Path server;

    private byte[] hostile;

    @BeforeEach
    void writeTheSecretAndASitemapPointingAtIt() throws IOException {
        Path secret = Files.writeString(server.resolve("rahasia.txt"), SECRET);
        hostile = new String(WebFixtures.bytes("sitemap-xxe.xml"), StandardCharsets.UTF_8)
                .replace("@SECRET_FILE@", secret.toUri().toString())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theHostileSitemapDoesReadTheFileWithAParserLeftAtItsDefaults() throws Exception {
        StringBuilder text = new StringBuilder();
        SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(hostile), new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }
        });

        assertThat(text).contains(SECRET);
    }

    @Test
    void refusesASitemapWithADoctypeSoTheLocalFileIsNeverRead() {
        Throwable refused = catchThrowable(() -> Sitemaps.read(hostile, "application/xml", SITEMAP));

        assertThat(refused).isInstanceOf(SitemapException.class)
                .hasMessage("sitemap " + SITEMAP + " declares a DOCTYPE, which sitemaps have no use for; refused so"
                        + " that no external entity is read");
        assertThat(everythingIn(refused)).doesNotContain(SECRET);
    }

    @Test
    void refusesTheSameInAGzippedSitemap() throws IOException {
        Throwable refused = catchThrowable(() -> Sitemaps.read(gzip(hostile), "application/gzip",
                URI.create("https://disdik.sawahluntokota.go.id/sitemap.xml.gz")));

        assertThat(refused).isInstanceOf(SitemapException.class).hasMessageContaining("declares a DOCTYPE");
        assertThat(everythingIn(refused)).doesNotContain(SECRET);
    }

    @Test
    void refusesItAlsoWhenServedAsPlainTextBecauseTheBytesDecideTheFormat() {
        Throwable refused = catchThrowable(() -> Sitemaps.read(hostile, "text/plain", SITEMAP));

        assertThat(refused).isInstanceOf(SitemapException.class).hasMessageContaining("declares a DOCTYPE");
        assertThat(everythingIn(refused)).doesNotContain(SECRET);
    }

    // The message, the causes and their stack traces: wherever a resolved entity could surface.
    private static String everythingIn(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
