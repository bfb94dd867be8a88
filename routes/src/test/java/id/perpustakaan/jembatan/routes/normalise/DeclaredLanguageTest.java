package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.feed.EntryPage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A feed entry or page that says its language is taken at its word; HTML in a feed summary is markup, not text. */
class DeclaredLanguageTest extends NormaliserCase {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T02:00:00Z"), ZoneOffset.UTC);
    private static final SourceDefinition FEED = new SourceDefinition("disdik-feed",
            new Agency("disdik", "Dinas Pendidikan"), "feed", "https://disdik.example.go.id/feed",
            Duration.ofMinutes(15), ReviewPolicy.AUTO, DocumentKind.NEWS);
    /** Short enough that the detector cannot tell Indonesian from Malay. */
    private static final String SHORT = "Layanan perpustakaan keliling hari Sabtu.";

    private Normaliser normaliser;

    @BeforeEach
    void chain() {
        normaliser = normaliser(CLOCK, FEED);
    }

    @Test
    void aShortEntryOfAnIndonesianFeedIsIndonesian() {
        Document document = normaliser.normalise(raw(EntryPage.html("Perpustakaan keliling",
                EntryPage.fromText(SHORT), null, null, List.of(), null, "id"), null));

        assertThat(document.language()).isEqualTo("id");
    }

    @Test
    void thePagesOwnLangComesBeforeTheHeaderAndTheHeaderBeforeDetection() {
        String page = "<!DOCTYPE html><html lang=\"id-ID\"><head><title>Keliling</title></head><body><article>"
                + "<p>" + SHORT + "</p></article></body></html>";
        String undeclared = page.replace(" lang=\"id-ID\"", "");

        assertThat(normaliser.normalise(raw(page, "en")).language()).isEqualTo("id");
        assertThat(normaliser.normalise(raw(undeclared, "id")).language()).isEqualTo("id");
        assertThat(normaliser.normalise(raw(undeclared.replace("<head>",
                "<head><meta property=\"og:locale\" content=\"id_ID\">"), null)).language()).isEqualTo("id");
    }

    @Test
    void htmlInAFeedSummaryIsSanitisedMarkupAndItsTextIsTheSummary() {
        String summary = "<p>Mobil <strong>perpustakaan</strong> datang setiap Sabtu pagi ke kelurahan.</p>"
                + "<script>alert('x')</script><p onclick=\"x()\">Bawa kartu anggota.</p>";
        Document document = normaliser.normalise(raw(EntryPage.html("Perpustakaan keliling", summary, null, null,
                List.of(), null, "id"), null));

        assertThat(document.summary()).doesNotContain("<", "&lt;").contains("Mobil perpustakaan datang");
        assertThat(document.text()).doesNotContain("<", "&lt;", "alert");
        assertThat(document.html()).contains("<strong>perpustakaan</strong>")
                .doesNotContain("&lt;", "<script", "onclick");
    }

    private static RawContent raw(String html, String contentLanguage) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new RawContent(FEED.id(), "https://disdik.example.go.id/b/1", "entry.html", "text/html", bytes.length,
                Sha256.of(bytes), "https://disdik.example.go.id/b/1", CLOCK.instant(),
                null, null, "feed", () -> new ByteArrayInputStream(bytes), contentLanguage);
    }
}
