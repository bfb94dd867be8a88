package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The regulation and dates steps together: what a citizen reads as a regulation's title and date. */
class RegulationStepTest {

    private static final Instant HARVESTED = Instant.parse("2026-12-04T03:00:00Z");
    private static final Instant SCANNED = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aLongRegulationIsPublishedTheDayItWasPromulgatedAndTitledFromItsFields() {
        DocumentDraft draft = draft(RegulationStepCost.longRegulation(), "WALI KOTA SAWAHLUNTO");
        draft.publishedAt = SCANNED;

        new RegulationStep().apply(draft);
        new DatesStep().apply(draft);

        assertThat(draft.regulation.tanggalPenetapan()).isEqualTo(LocalDate.of(2021, 11, 2));
        assertThat(draft.regulation.tanggalPengundangan()).isEqualTo(LocalDate.of(2021, 11, 3));
        assertThat(draft.publishedAt).as("3 November 2021, 00:00 WIB, not the scan's metadata")
                .isEqualTo(Instant.parse("2021-11-02T17:00:00Z"));
        assertThat(draft.title)
                .isEqualTo("Peraturan Daerah Kota Sawahlunto Nomor 7 Tahun 2021 tentang Penyelenggaraan perpustakaan");
    }

    @Test
    void aRegulationWithoutSigningLinesKeepsItsOtherDates() {
        DocumentDraft draft = draft("PERATURAN WALI KOTA SAWAHLUNTO\nNOMOR 3 TAHUN 2024\nTENTANG\nPASAR\n\nPasal 1\n"
                + "Pasar dibuka setiap hari.\n", "PERATURAN WALI KOTA SAWAHLUNTO NOMOR 3 TAHUN 2024 TENTANG PASAR");
        draft.publishedAt = SCANNED;

        new RegulationStep().apply(draft);
        new DatesStep().apply(draft);

        assertThat(draft.regulation.effectiveDate()).isNull();
        assertThat(draft.publishedAt).isEqualTo(SCANNED);
        assertThat(draft.title).isEqualTo("Peraturan Wali Kota Sawahlunto Nomor 3 Tahun 2024 tentang Pasar");
    }

    private static DocumentDraft draft(String text, String title) {
        var source = new SourceDefinition("hukum", new Agency("hukum", "Bagian Hukum"), "folder", "/tmp",
                Duration.ofSeconds(10), ReviewPolicy.AUTO, DocumentKind.REGULATION);
        var raw = new RawContent("hukum", "perwako.txt", "perwako.txt", null, text.length(), "0", null,
                Instant.EPOCH, Instant.EPOCH, null, "folder", () -> new ByteArrayInputStream(new byte[0]));
        DocumentDraft draft = new DocumentDraft(raw, source, HARVESTED);
        draft.text = text;
        draft.title = title;
        draft.kind = DocumentKind.REGULATION;
        return draft;
    }
}
