package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    static Document fullyPopulated() {
        return new Document(
                "disdik-inbox-5f0c2a1b9e3d4c7a8b6e1f20",
                "disdik-inbox",
                new Agency("disdik", "Dinas Pendidikan"),
                DocumentKind.ANNOUNCEMENT,
                "Pengumuman Penerimaan Beasiswa 2025",
                "Pendaftaran beasiswa dibuka sampai 31 Maret 2025.",
                "Pendaftaran beasiswa dibuka sampai 31 Maret 2025 di kantor Dinas Pendidikan.",
                "<p>Pendaftaran beasiswa dibuka sampai 31 Maret 2025.</p>",
                "id",
                "https://disdik.sawahluntokota.go.id/pengumuman/beasiswa-2025",
                new OriginalFile("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "application/pdf", "beasiswa-2025.pdf", 48213, 2),
                Instant.parse("2025-03-03T03:00:00Z"),
                Instant.parse("2025-03-04T01:30:00Z"),
                Instant.parse("2025-03-04T02:00:00Z"),
                Instant.parse("2025-03-31T16:59:59Z"),
                new Regulation("Perwako", "12", 2024, "Pedoman Pemberian Beasiswa",
                        List.of("Perwako 3/2019"), List.of("Perwako 7/2015"),
                        LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 14)),
                List.of("beasiswa", "pendidikan"),
                "3b8f2a9c41d0e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1",
                1741053600000L,
                new Provenance("folder", Instant.parse("2025-03-04T02:00:00Z"), "\"abc123\"",
                        Instant.parse("2025-03-04T01:30:00Z"), "tika:org.apache.tika.parser.pdf.PDFParser", false,
                        "title:pengumuman"),
                List.of(new SourceRef("disdik-inbox", "beasiswa-2025.pdf", null)),
                List.of(new Attachment("https://disdik.sawahluntokota.go.id/files/formulir-beasiswa.docx",
                        "Formulir pendaftaran", "disdik-inbox-0c1d2e3f4a5b6c7d8e9f0a1b")),
                "Humas Dinas Pendidikan",
                Klasifikasi.BERKALA,
                new Event(Instant.parse("2025-03-12T02:00:00Z"), Instant.parse("2025-03-12T05:00:00Z"), false,
                        new EventPlace("Aula Dinas Pendidikan", "Jl. Soekarno-Hatta No. 1", "Lubang Panjang",
                                "Barangin"),
                        "Dinas Pendidikan", "https://disdik.sawahluntokota.go.id/daftar",
                        Instant.parse("2025-03-10T16:59:59Z"), 120, false));
    }

    @Test
    void serialisesEveryFieldUnderItsContractName() throws IOException {
        JsonNode golden = readGolden();
        // through text, so that numbers compare by value and not by Java type
        JsonNode written = JembatanJson.mapper().readTree(JembatanJson.mapper().writeValueAsString(fullyPopulated()));

        assertThat(written).isEqualTo(golden);
    }

    @Test
    void readsTheGoldenFileBackIntoTheSameRecord() throws IOException {
        Document read = JembatanJson.mapper().treeToValue(readGolden(), Document.class);

        assertThat(read).isEqualTo(fullyPopulated());
    }

    @Test
    void omitsAbsentFieldsAndToleratesUnknownOnes() throws IOException {
        String json = """
                {"id":"x","sourceId":"s","kind":"OTHER","revision":1,"addedByANewerWriter":true}
                """;
        Document read = JembatanJson.mapper().readValue(json, Document.class);

        assertThat(read.id()).isEqualTo("x");
        assertThat(read.tags()).isEmpty();
        assertThat(read.attachments()).isEmpty();
        assertThat(JembatanJson.mapper().writeValueAsString(read)).doesNotContain("null").doesNotContain("title");
    }

    private static JsonNode readGolden() throws IOException {
        try (InputStream in = DocumentJsonTest.class.getResourceAsStream("/golden/document.json")) {
            return JembatanJson.mapper().readTree(in);
        }
    }
}
