package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The review pages' values as librarians read them, in Bahasa Indonesia and in English. */
class ReviewDisplayTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Instant MIDNIGHT_WIB = Instant.parse("2026-11-17T17:00:00Z");
    private static final SourceDefinition DISDIK = new SourceDefinition("disdik-inbox",
            new Agency("disdik", "Dinas Pendidikan"), "folder", "/data/disdik", Duration.ofMinutes(15),
            ReviewPolicy.REQUIRED, DocumentKind.ANNOUNCEMENT, Map.of(), null);

    @Test
    void tellsTimesInWibAsEachLanguageWritesThem() {
        assertThat(display(INDONESIAN).time(MIDNIGHT_WIB)).isEqualTo("18 November 2026 pukul 00.00 WIB");
        assertThat(display(Locale.ENGLISH).time(MIDNIGHT_WIB)).isEqualTo("18 November 2026, 00:00 WIB");
        assertThat(display(INDONESIAN).date(Instant.parse("2027-01-31T16:59:59Z"))).isEqualTo("31 Januari 2027");
        assertThat(display(INDONESIAN).time(null)).isEqualTo("—");
        assertThat(display(INDONESIAN).revision(MIDNIGHT_WIB.toEpochMilli()))
                .isEqualTo("18 November 2026 pukul 00.00 WIB");
        assertThat(display(INDONESIAN).revision(5000)).isEqualTo("5000");
    }

    @Test
    void namesAgenciesAndSourcesInsteadOfTheirCodes() {
        ReviewDisplay display = display(INDONESIAN);

        assertThat(display.agency("disdik")).isEqualTo("Dinas Pendidikan");
        assertThat(display.agency("tak-dikenal")).isEqualTo("tak-dikenal");
        assertThat(display.source("disdik-inbox")).isEqualTo("disdik-inbox (Dinas Pendidikan)");
        assertThat(display.who(ReviewDecision.byAgency("disdik"))).isEqualTo("instansi Dinas Pendidikan");
        assertThat(display.who(ReviewDecision.SYSTEM)).isEqualTo("Jembatan (terbit otomatis)");
        assertThat(display.sourceKind("folder")).isEqualTo("folder bersama");
        assertThat(display.schedule(DISDIK)).isEqualTo("setiap 15 menit");
        assertThat(display(Locale.ENGLISH).schedule(DISDIK)).isEqualTo("every 15 minutes");
    }

    @Test
    void saysInternalLabelsInWords() {
        Document scan = document("source-default", "tika:org.apache.tika.parser.pdf.PDFParser", "surat.pdf");

        assertThat(display(INDONESIAN).kindRule(scan)).isEqualTo("jenis bawaan sumber disdik-inbox (Dinas Pendidikan)");
        assertThat(display(INDONESIAN).kindRule(document("title:pengumuman", null, null)))
                .isEqualTo("kata \u201Cpengumuman\u201D pada judul");
        assertThat(display(Locale.ENGLISH).kindRule(document("text:beasiswa", null, null)))
                .isEqualTo("the word \u201Cbeasiswa\u201D at the start of the text");
        assertThat(display(INDONESIAN).kindRule(document("heading:PERWAKO", null, null)))
                .as("a rule without words yet").isEqualTo("heading:PERWAKO");
        assertThat(ReviewDisplay.extractor(scan.provenance().extractor(), scan)).isEqualTo("Apache Tika (PDF)");
        assertThat(ReviewDisplay.extractor("tika:org.apache.tika.parser.microsoft.ooxml.OOXMLParser", null))
                .isEqualTo("Apache Tika (OOXML)");
        assertThat(ReviewDisplay.extractor("jsoup:main-content", null)).isEqualTo("Jsoup (HTML)");
    }

    @Test
    void showsAMomentOfTheDiffWithItsTimeAndAValidityAsItsDay() {
        assertThat(display(INDONESIAN).value("publishedAt", MIDNIGHT_WIB)).isEqualTo("18 November 2026 pukul 00.00 WIB");
        assertThat(display(INDONESIAN).value("validUntil", MIDNIGHT_WIB)).isEqualTo("18 November 2026");
        assertThat(display(INDONESIAN).value("kind", DocumentKind.REGULATION)).isEqualTo("Peraturan");
        assertThat(display(Locale.ENGLISH).value("tags", List.of("beasiswa", "sd"))).isEqualTo("beasiswa, sd");
    }

    @Test
    void describesCorrectionsAndFailuresInThePagesLanguage() {
        ReviewEdits edits = new ReviewEdits("Jadwal Posyandu", DocumentKind.ANNOUNCEMENT, null, MIDNIGHT_WIB, null);

        assertThat(display(INDONESIAN).edits(edits))
                .isEqualTo("Judul: Jadwal Posyandu; Jenis: Pengumuman; Berlaku sampai: 18 November 2026");
        assertThat(display(Locale.ENGLISH).edits(edits))
                .isEqualTo("Title: Jadwal Posyandu; Kind: Announcement; Valid until: 18 November 2026");
        assertThat(display(INDONESIAN).failure("encrypted (password required)"))
                .isEqualTo("Berkasnya dilindungi kata sandi, jadi teksnya tidak bisa dibaca.");
        assertThat(display(Locale.ENGLISH).failureAdvice("encrypted (password required)"))
                .isEqualTo("Ask the agency for a copy without a password, then try again.");
    }

    private static ReviewDisplay display(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("review/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ReviewDisplay(locale, messages, List.of(DISDIK));
    }

    private static Document document(String kindRule, String extractor, String fileName) {
        return new Document("disdik-inbox-1", "disdik-inbox", DISDIK.agency(), DocumentKind.ANNOUNCEMENT, "Surat",
                null, "teks", null, "id", null,
                fileName == null ? null : new OriginalFile("abc", "application/pdf", fileName, 10L, 1),
                null, null, MIDNIGHT_WIB, null, null, List.of(), "hash", 1L,
                new Provenance("folder", MIDNIGHT_WIB, null, null, extractor, false, kindRule), List.of(), List.of(),
                null);
    }
}
