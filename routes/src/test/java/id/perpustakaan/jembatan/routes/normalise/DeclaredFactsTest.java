package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.RegulationStatus;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an origin's catalogue declares (a JDIHN record) wins over what is read from the text, which fills gaps. */
class DeclaredFactsTest extends NormaliserCase {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T02:00:00Z"), ZoneOffset.UTC);
    private static final SourceDefinition JDIH = new SourceDefinition("hukum-jdih", new Agency("hukum",
            "Bagian Hukum"), "jdihn", "https://jdih.example.go.id/integrasi", Duration.ofHours(1), ReviewPolicy.AUTO,
            DocumentKind.OTHER);

    private Normaliser normaliser;
    private byte[] pdf;

    @BeforeEach
    void chain() throws IOException {
        normaliser = normaliser(CLOCK, JDIH);
        pdf = Documents.pdf("PERATURAN WALI KOTA SAWAHLUNTO",
                "NOMOR 12 TAHUN 2024",
                "TENTANG",
                "PERUBAHAN ATAS PERATURAN WALI KOTA NOMOR 5 TAHUN 2019 TENTANG JAM LAYANAN PERPUSTAKAAN",
                "DENGAN RAHMAT TUHAN YANG MAHA ESA",
                "Menimbang: bahwa jam layanan perlu disesuaikan;",
                "Pasal 1 Jam layanan perpustakaan daerah adalah pukul 08.00 sampai 20.00 WIB.",
                "Ditetapkan di Sawahlunto pada tanggal 3 Maret 2024");
    }

    @Test
    void theCataloguesFieldsWinAndTheTextFillsWhatTheyLeaveEmpty() {
        Document document = normaliser.normalise(raw(declared(RegulationStatus.DIUBAH)));

        assertThat(document.kind()).isEqualTo(DocumentKind.REGULATION);
        assertThat(document.provenance().kindRule()).isEqualTo("declared by its source");
        Regulation regulation = document.regulation();
        assertThat(regulation.jenis()).as("the short form read, not the catalogue's name").isEqualTo("Perwako");
        assertThat(regulation.nomor()).isEqualTo("12");
        assertThat(regulation.tahun()).isEqualTo(2024);
        assertThat(regulation.status()).isEqualTo(RegulationStatus.DIUBAH);
        assertThat(regulation.sumber()).isEqualTo("Berita Daerah Kota Sawahlunto Tahun 2024 Nomor 12");
        assertThat(regulation.singkatanJenis()).isEqualTo("PERWAKO");
        assertThat(regulation.bidangHukum()).isEqualTo("Hukum Administrasi Negara");
        assertThat(regulation.subjek()).containsExactly("Perpustakaan");
        assertThat(regulation.tanggalPengundangan()).as("declared").isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(regulation.tanggalPenetapan()).as("read from the signing line").isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(regulation.amends()).as("read from the text").containsExactly("Perwako 5/2019");
        assertThat(document.publishedAt()).as("promulgated, in WIB").isEqualTo(Instant.parse("2024-03-11T17:00:00Z"));
        assertThat(document.modifiedAt()).isEqualTo(Instant.parse("2024-03-14T02:00:00Z"));
        assertThat(document.summary()).isEqualTo("Jam layanan perpustakaan daerah diperpanjang sampai malam.");
        assertThat(document.tags()).containsExactly("Perpustakaan");
        assertThat(document.title()).startsWith("Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang");
    }

    @Test
    void aChangeOfWhatTheCatalogueSaysAloneIsAChangeOfContent() {
        Document amended = normaliser.normalise(raw(declared(RegulationStatus.DIUBAH)));
        Document revoked = normaliser.normalise(raw(declared(RegulationStatus.DICABUT)));
        Document again = normaliser.normalise(raw(declared(RegulationStatus.DICABUT)));

        assertThat(revoked.text()).isEqualTo(amended.text());
        assertThat(revoked.contentHash()).isNotEqualTo(amended.contentHash());
        assertThat(again.contentHash()).isEqualTo(revoked.contentHash());
    }

    @Test
    void aDocumentWithoutDeclaredFactsKeepsTheHashItHadBefore() {
        Document document = normaliser.normalise(new RawContent(JDIH.id(), "plain.pdf", "plain.pdf",
                "application/pdf", pdf.length, Sha256.of(pdf), null, CLOCK.instant(), null, null, "test",
                () -> new ByteArrayInputStream(pdf)));

        assertThat(document.contentHash()).isEqualTo(Sha256.of(document.title() + "\n" + document.text()));
    }

    private static DeclaredFacts declared(RegulationStatus status) {
        Regulation regulation = new Regulation("Peraturan Wali Kota", "12", 2024, null, List.of(), List.of(), null,
                LocalDate.of(2024, 3, 12), "PERWAKO", "Berita Daerah Kota Sawahlunto Tahun 2024 Nomor 12",
                "Sawahlunto", "Hukum Administrasi Negara", List.of("Perpustakaan"), status);
        return new DeclaredFacts("Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Perubahan atas"
                + " Peraturan Wali Kota Nomor 5 Tahun 2019 tentang Jam Layanan Perpustakaan",
                "Jam layanan perpustakaan daerah diperpanjang sampai malam.", DocumentKind.REGULATION, regulation,
                null, Instant.parse("2024-03-14T02:00:00Z"), List.of("Perpustakaan"));
    }

    private RawContent raw(DeclaredFacts declared) {
        return new RawContent(JDIH.id(), "1524", "perwako_12_2024.pdf", "application/pdf", pdf.length,
                Sha256.of(pdf), "https://jdih.example.go.id/dokumen/view?id=1524", CLOCK.instant(), null,
                "jdihn-record:x", "jdihn", () -> new ByteArrayInputStream(pdf), "id", declared);
    }
}
