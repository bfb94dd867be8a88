package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a table normalised as the records route hands them over: alike in almost every word, and still each its
 * own document, with what the row declares.
 */
class RowsOfATableTest extends NormaliserCase {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    private static final SourceDefinition SOURCE = new SourceDefinition("dinkes-posyandu",
            new Agency("dinkes", "Dinas Kesehatan"), "folder", "/tmp", Duration.ofSeconds(2), ReviewPolicy.AUTO,
            DocumentKind.OTHER);

    @Test
    void rowsThatDifferInOneWordAreStillTwoDocuments() {
        Normaliser normaliser = normaliser(CLOCK, SOURCE);

        Document first = normaliser.normalise(row("Posyandu Mawar|2026-03-12", "Posyandu Mawar", "Saringan"));
        Document second = normaliser.normalise(row("Posyandu Melati|2026-03-12", "Posyandu Melati", "Saringan"));
        Document copy = normaliser.normalise(withLocator(row("x", "Posyandu Mawar", "Saringan"),
                "salinan/jadwal.html"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sources()).hasSize(1);
        assertThat(first.title()).isEqualTo("Penimbangan balita");
        assertThat(first.kind()).isEqualTo(DocumentKind.PROGRAMME);
        assertThat(first.tags()).containsExactly("Saringan");
        assertThat(first.validUntil()).isEqualTo(Instant.parse("2026-03-10T16:59:59Z"));
        // a copy of a row elsewhere (not a row itself) is still recognised as that row
        assertThat(copy.id()).isEqualTo(first.id());
    }

    private static RawContent row(String key, String posyandu, String kelurahan) {
        byte[] html = ("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Penimbangan balita"
                + "</title></head><body><article><h1>Penimbangan balita</h1><dl><dt>Kegiatan</dt><dd>Penimbangan"
                + " balita dan pemberian vitamin A bagi anak usia enam bulan sampai lima tahun</dd><dt>Posyandu</dt>"
                + "<dd>" + posyandu + "</dd><dt>Tanggal</dt><dd>12 Maret 2026</dd><dt>Kelurahan</dt><dd>" + kelurahan
                + "</dd></dl><p>Sumber: jadwal.xlsx</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        DeclaredFacts facts = new DeclaredFacts("Penimbangan balita", null, DocumentKind.PROGRAMME, null, null, null,
                List.of(kelurahan), null, null, Instant.parse("2026-03-10T16:59:59Z"), null);
        return new RawContent(SOURCE.id(), RowLocators.of("jadwal.xlsx", key), "jadwal.xlsx", "text/html",
                html.length, Sha256.of(html), null, CLOCK.instant(), CLOCK.instant(), null, "folder+records",
                () -> new ByteArrayInputStream(html), "id", facts);
    }

    private static RawContent withLocator(RawContent raw, String locator) {
        return raw.withLocator(locator);
    }
}
