package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalFormTest {

    private final Document harvested = new Document("d", "hukum-inbox", new Agency("hukum", "Bagian Hukum"),
            DocumentKind.REGULATION, "Perwako 5/2025", null, "teks", null, "id", null, null, null, null, null, null,
            new Regulation("Perwako", "5", 2025, "Layanan", List.of("Perwako 1/2020"), List.of()), List.of("hukum"),
            "h", 1, null, List.of(), List.of(), null);

    @Test
    void anUntouchedFormEditsNothing() {
        ApprovalForm form = new ApprovalForm(1L, "Perwako 5/2025", DocumentKind.REGULATION, "hukum", null,
                "Perwako", "5", 2025, "Layanan", null, null, null);

        assertThat(form.editsOf(harvested).changesNothing()).isTrue();
    }

    @Test
    void onlyChangedFieldsBecomeEdits() {
        ApprovalForm form = new ApprovalForm(1L, " Peraturan Wali Kota Nomor 5 Tahun 2025 ", DocumentKind.REGULATION,
                "hukum, layanan ,", LocalDate.of(2025, 12, 31), "Perwako", "6", 2025, "Layanan", null, null, null);

        ReviewEdits edits = form.editsOf(harvested);

        assertThat(edits.title()).isEqualTo("Peraturan Wali Kota Nomor 5 Tahun 2025");
        assertThat(edits.kind()).isNull();
        assertThat(edits.tags()).containsExactly("hukum", "layanan");
        assertThat(edits.validUntil()).as("the end of the day in Sawahlunto")
                .isEqualTo(Instant.parse("2025-12-31T16:59:59Z"));
        assertThat(edits.regulation().nomor()).isEqualTo("6");
        assertThat(edits.regulation().amends()).as("what the form does not show is kept")
                .containsExactly("Perwako 1/2020");
    }

    @Test
    void correctedDatesBecomeEditsAndEmptyDateFieldsKeepTheHarvestedOnes() {
        Document dated = new Document("d", "hukum-inbox", new Agency("hukum", "Bagian Hukum"),
                DocumentKind.REGULATION, "Perwako 5/2025", null, "teks", null, "id", null, null, null, null, null,
                null, new Regulation("Perwako", "5", 2025, "Layanan", List.of(), List.of(),
                        LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), List.of("hukum"), "h", 1, null,
                List.of(), List.of(), null);

        ReviewEdits untouched = new ApprovalForm(1L, "Perwako 5/2025", DocumentKind.REGULATION, "hukum", null,
                "Perwako", "6", 2025, "Layanan", null, null, null).editsOf(dated);
        ReviewEdits corrected = new ApprovalForm(1L, "Perwako 5/2025", DocumentKind.REGULATION, "hukum", null,
                "Perwako", "5", 2025, "Layanan", LocalDate.of(2025, 3, 5), null, null).editsOf(dated);

        assertThat(untouched.regulation().tanggalPenetapan()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(untouched.regulation().tanggalPengundangan()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(corrected.regulation().tanggalPenetapan()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(corrected.regulation().tanggalPengundangan()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void anotherClassIsAnEditAndTheSameClassOrNoneKeepsTheHarvestedOne() {
        Document exempt = new Document("d", "hukum-inbox", new Agency("hukum", "Bagian Hukum"),
                DocumentKind.REGULATION, "Perwako 5/2025", null, "teks", null, "id", null, null, null, null, null,
                null, null, List.of("hukum"), "h", 1, null, List.of(), List.of(), null, Klasifikasi.DIKECUALIKAN);

        assertThat(form(Klasifikasi.SETIAP_SAAT).editsOf(exempt).klasifikasi()).isEqualTo(Klasifikasi.SETIAP_SAAT);
        assertThat(form(Klasifikasi.DIKECUALIKAN).editsOf(exempt).klasifikasi()).isNull();
        assertThat(form(null).editsOf(exempt).changesNothing()).as("a form without the field keeps it").isTrue();
    }

    private static ApprovalForm form(Klasifikasi klasifikasi) {
        return new ApprovalForm(1L, "Perwako 5/2025", DocumentKind.REGULATION, "hukum", null, null, null, null,
                null, null, null, klasifikasi);
    }
}
