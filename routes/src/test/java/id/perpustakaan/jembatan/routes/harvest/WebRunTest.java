package id.perpustakaan.jembatan.routes.harvest;

import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.ok;
import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.fixtures.WebOrigin;
import id.perpustakaan.jembatan.routes.web.WebRouteTemplate;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class WebRunTest {

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
    void anArticleLinkingFilesThatCannotBeFetchedIsKeptAndEachFileHasItsOwnDeadLetter() throws Exception {
        String outside = origin.url("/lampiran/jadwal.pdf").toString().replace("127.0.0.1", "localhost");
        origin.on("/berita", ok("text/html", "<html><body><ul><li><a class=\"judul\" href=\"/berita/1\">Satu</a>"
                        + "</li></ul></body></html>"))
                .on("/berita/1", ok("text/html", "<!DOCTYPE html><html lang=\"id\"><head><title>Seleksi PPDB"
                        + "</title></head><body><article><h1>Seleksi PPDB</h1><p>Pendaftaran dibuka Senin; syarat"
                        + " lengkap ada di lampiran.</p><p><a href=\"/lampiran/syarat.pdf\">Syarat (PDF)</a>"
                        + " <a href=\"/lampiran/hilang.pdf\">Formulir (PDF)</a> <a href=\"" + outside
                        + "\">Jadwal (PDF)</a></p></article></body></html>"))
                .on("/lampiran/syarat.pdf", ok("application/pdf", "%PDF-1.4 syarat"));
        harness = new HarvestRouteHarness(new SourceDefinition("disdik-web", new Agency("disdik", "Dinas Pendidikan"),
                "web", origin.url("/berita").toString(), Duration.ofHours(1), ReviewPolicy.AUTO,
                DocumentKind.ANNOUNCEMENT, Map.of("item-links", "a.judul", "allow-private-addresses", "true"), null));

        harness.run(WebRouteTemplate.RUN, "disdik-web");

        assertThat(harness.ingestedLocators()).containsExactly(origin.url("/berita/1").toString(),
                origin.url("/lampiran/syarat.pdf").toString());
        assertThat(harness.deadLetters).extracting(DeadLetter::locator).containsExactly(
                origin.url("/lampiran/hilang.pdf").toString(), outside);
        assertThat(harness.deadLetters).allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo("fetch");
            assertThat(letter.reason()).startsWith("attachment linked from " + origin.url("/berita/1")
                    + " cannot be fetched: ");
        });
        assertThat(harness.deadLetters.get(0).reason()).contains("404");
        assertThat(harness.deadLetters.get(0).fileName()).isEqualTo("hilang.pdf");
        assertThat(harness.deadLetters.get(1).reason()).contains("outside the source's allowed hosts");
    }
}
