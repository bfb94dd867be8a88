package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole chain of steps on real files: what a librarian would otherwise have to type in. */
class NormaliserTest extends NormaliserCase {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T02:00:00Z"), ZoneOffset.UTC);
    private static final SourceDefinition DISDIK = source("disdik-inbox", "disdik", "Dinas Pendidikan",
            DocumentKind.PROGRAMME);
    private static final SourceDefinition DISKOMINFO = source("diskominfo-web", "diskominfo",
            "Dinas Komunikasi dan Informatika", DocumentKind.NEWS);

    private Normaliser normaliser;

    @BeforeEach
    void chain() {
        normaliser = normaliser(CLOCK, DISDIK, DISKOMINFO);
    }

    @Test
    void anAgencyWebPageBecomesItsMainContentWithPageMetadata() throws IOException {
        Document document = normaliser.normalise(raw(DISDIK, "beasiswa.html", "https://disdik.example.go.id/b",
                resource("/html/disdik-pengumuman-beasiswa.html")));

        assertThat(document.title()).isEqualTo("Pengumuman Beasiswa Prestasi 2025");
        assertThat(document.kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
        assertThat(document.provenance().kindRule()).startsWith("title:");
        assertThat(document.provenance().extractor()).isEqualTo("jsoup:main-content");
        assertThat(document.language()).isEqualTo("id");
        assertThat(document.publishedAt()).isEqualTo(Instant.parse("2025-02-10T02:30:00Z"));
        assertThat(document.validUntil()).isEqualTo(Instant.parse("2025-03-31T16:59:59Z"));
        assertThat(document.summary()).startsWith("Pendaftaran Beasiswa Prestasi Kota Sawahlunto 2025");
        assertThat(document.text()).contains("Pendaftaran dibuka mulai 10 Februari").doesNotContain("Bagikan");
        assertThat(document.html()).doesNotContain("<script").doesNotContain("onclick");
        assertThat(document.original().mediaType()).isEqualTo("text/html");
    }

    @Test
    void aPagesDocumentLinksAreItsAttachmentsUnderTheIdsTheyWillHaveAsDocuments() throws IOException {
        byte[] page = Documents.html("Pengumuman Seleksi", "Syarat lengkap ada di <a href=\"lampiran/syarat.pdf\">"
                + "berkas syarat</a> dan <a href=\"https://disdik.example.go.id/f/formulir.docx\">formulir</a>.");

        Document local = normaliser.normalise(raw(DISDIK, "seleksi/pengumuman.html", null, page));
        Document published = normaliser.normalise(raw(DISKOMINFO, "seleksi.html",
                "https://diskominfo.example.go.id/seleksi.html", page));

        assertThat(local.attachments()).extracting(a -> a.documentId()).containsExactly(
                Normaliser.documentId("disdik-inbox", "seleksi/lampiran/syarat.pdf"),
                Normaliser.documentId("disdik-inbox", "https://disdik.example.go.id/f/formulir.docx"));
        assertThat(local.attachments().get(0).url()).isNull();
        assertThat(local.attachments().get(0).text()).isEqualTo("berkas syarat");
        assertThat(published.attachments()).extracting(a -> a.url()).containsExactly(
                "https://diskominfo.example.go.id/lampiran/syarat.pdf", "https://disdik.example.go.id/f/formulir.docx");
    }

    @Test
    void aRegulationGetsItsLegalIdentityAndTheDateItWasSigned() throws IOException {
        Document document = normaliser.normalise(raw(DISDIK, "perwako-12-2024.pdf", null, Documents.pdf(
                "PERATURAN WALI KOTA SAWAHLUNTO",
                "NOMOR 12 TAHUN 2024",
                "TENTANG",
                "PEDOMAN PEMBERIAN BEASISWA PRESTASI",
                "DENGAN RAHMAT TUHAN YANG MAHA ESA",
                "Menimbang: bahwa untuk meningkatkan mutu pendidikan perlu diberikan beasiswa;",
                "Pasal 1 Beasiswa diberikan kepada pelajar berprestasi.",
                "Ditetapkan di Sawahlunto pada tanggal 3 Maret 2024")));

        assertThat(document.kind()).isEqualTo(DocumentKind.REGULATION);
        assertThat(document.regulation().jenis()).isEqualTo("Perwako");
        assertThat(document.regulation().nomor()).isEqualTo("12");
        assertThat(document.regulation().tahun()).isEqualTo(2024);
        assertThat(document.regulation().tentang()).isEqualTo("PEDOMAN PEMBERIAN BEASISWA PRESTASI");
        assertThat(document.publishedAt()).isEqualTo(Instant.parse("2024-03-02T17:00:00Z"));
        assertThat(document.validUntil()).as("a regulation holds until it is revoked").isNull();
        assertThat(document.provenance().ocr()).isFalse();
    }

    @Test
    void aProgrammeFallsBackToTheSourceKindAndADeadlineMakesItExpire() throws IOException {
        Document document = normaliser.normalise(raw(DISDIK, "jadwal.txt", null, Documents.text(
                "Jadwal Layanan Perpustakaan Keliling",
                "Mobil perpustakaan keliling singgah di Talawi dan Barangin setiap pekan.",
                "Layanan ini berlaku sampai dengan 30 Juni 2025 pukul 15.00 WIB.")));

        assertThat(document.kind()).isEqualTo(DocumentKind.PROGRAMME);
        assertThat(document.provenance().kindRule()).isEqualTo("source-default");
        assertThat(document.validUntil()).isEqualTo(Instant.parse("2025-06-30T08:00:00Z"));
    }

    @Test
    void anAnnouncementOfATrainingBecomesAnEventValidUntilItEndsWithItsRegistrationDeadline() throws IOException {
        Document document = normaliser.normalise(raw(DISKOMINFO, "pelatihan.txt", null, Documents.text(
                "Pengumuman Pelatihan Literasi Digital",
                "Diskominfo akan menyelenggarakan pelatihan literasi digital yang dilaksanakan pada hari Kamis,"
                        + " 13 Maret 2025 pukul 09.00 s.d. 12.00 WIB bertempat di Aula Perpustakaan Kota.",
                "Pendaftaran paling lambat 11 Maret 2025.")));

        assertThat(document.kind()).isEqualTo(DocumentKind.EVENT);
        assertThat(document.provenance().kindRule()).isEqualTo("event:pelatihan");
        assertThat(document.event().start()).isEqualTo(Instant.parse("2025-03-13T02:00:00Z"));
        assertThat(document.event().end()).isEqualTo(Instant.parse("2025-03-13T05:00:00Z"));
        assertThat(document.event().place().name()).isEqualTo("Aula Perpustakaan Kota");
        assertThat(document.event().organiser()).isEqualTo("Dinas Komunikasi dan Informatika");
        assertThat(document.event().registrationDeadline()).isEqualTo(Instant.parse("2025-03-11T16:59:59Z"));
        assertThat(document.validUntil()).isEqualTo(document.event().end());
    }

    @Test
    void aRepostedAnnouncementBecomesOneDocumentSeenInBothPlaces() throws IOException {
        Document original = normaliser.normalise(raw(DISDIK, "beasiswa.txt", null,
                resource("/dedup/beasiswa-prestasi-2025-disdik.txt")));
        Document repost = normaliser.normalise(raw(DISKOMINFO, "repost-beasiswa.txt", null,
                resource("/dedup/beasiswa-prestasi-2025-repost-diskominfo.txt")));
        Document otherProgramme = normaliser.normalise(raw(DISDIK, "afirmasi.txt", null,
                resource("/dedup/beasiswa-afirmasi-2026-disdik.txt")));

        assertThat(repost.id()).isEqualTo(original.id());
        assertThat(repost.sources()).containsExactly(
                new SourceRef("disdik-inbox", "beasiswa.txt", null, DISDIK.agency()),
                new SourceRef("diskominfo-web", "repost-beasiswa.txt", null, DISKOMINFO.agency()));
        // the first sighting stays the document's agency, source and file; the repost is one more place
        assertThat(repost.agency()).isEqualTo(DISDIK.agency());
        assertThat(repost.sourceId()).isEqualTo("disdik-inbox");
        assertThat(repost.original().fileName()).isEqualTo("beasiswa.txt");
        assertThat(repost.original().sha256()).isEqualTo(original.original().sha256());
        assertThat(repost.kind()).isEqualTo(original.kind());
        assertThat(repost.sources().get(1).documentId())
                .isEqualTo(Normaliser.documentId("diskominfo-web", "repost-beasiswa.txt"));
        assertThat(otherProgramme.id()).isNotEqualTo(original.id());
        assertThat(otherProgramme.sources()).hasSize(1);
    }

    @Test
    void theSameFileDroppedAgainIsTheSameDocumentWithOnePlace() throws IOException {
        byte[] file = Documents.text("Pengumuman Libur", "Perpustakaan tutup pada hari libur nasional.");
        Document first = normaliser.normalise(raw(DISDIK, "libur.txt", null, file));
        Document again = normaliser.normalise(raw(DISDIK, "libur.txt", null, file));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.sources()).hasSize(1);
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
    }

    private static RawContent raw(SourceDefinition source, String name, String url, byte[] bytes) throws IOException {
        return new RawContent(source.id(), name, name, null, bytes.length, Sha256.of(new ByteArrayInputStream(bytes)),
                url, CLOCK.instant(), Instant.parse("2025-03-01T00:00:00Z"), null, "test",
                () -> new ByteArrayInputStream(bytes));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NormaliserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static SourceDefinition source(String id, String code, String name, DocumentKind kind) {
        return new SourceDefinition(id, new Agency(code, name), "folder", "/tmp", Duration.ofSeconds(10),
                ReviewPolicy.AUTO, kind);
    }
}
