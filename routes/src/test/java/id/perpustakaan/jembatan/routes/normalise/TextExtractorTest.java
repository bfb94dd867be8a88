package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tika on real files of each format, built in code. */
class TextExtractorTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TextExtractor extractor = new TextExtractor(ParserSettings.defaults().withMaxCharacters(100_000),
            meters);

    @AfterEach
    void close() {
        extractor.close();
    }

    @Test
    void readsTextTitlePagesAndParserOfAPdf() throws Exception {
        Extraction extraction = extractor.extract(raw("perwako.pdf",
                Documents.pdf("Peraturan Wali Kota Sawahlunto", "Nomor 12 Tahun 2024", "tentang Perpustakaan Daerah")));

        assertThat(extraction.text()).contains("Peraturan Wali Kota Sawahlunto", "tentang Perpustakaan Daerah");
        assertThat(extraction.title()).isEqualTo("Peraturan Wali Kota Sawahlunto");
        assertThat(extraction.mediaType()).isEqualTo("application/pdf");
        assertThat(extraction.pages()).isEqualTo(1);
        assertThat(extraction.parser()).isEqualTo("tika:org.apache.tika.parser.pdf.PDFParser");
        assertThat(extraction.truncated()).isFalse();
    }

    @Test
    void timesEachParseByOutcomeAndWhetherOcrRan() throws Exception {
        extractor.extract(raw("surat.pdf", Documents.pdf("Surat Edaran", "isi surat")));
        assertThatThrownBy(() -> extractor.extract(raw("rusak.pdf", "%PDF-1.7 rusak".getBytes())))
                .isInstanceOf(ContentRejectedException.class);

        assertThat(meters.get("jembatan.harvest.parse").tags("outcome", "extracted", "ocr", "false").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("jembatan.harvest.parse").tags("outcome", "refused", "ocr", "unknown").timer().count())
                .isEqualTo(1);
    }

    @Test
    void readsOfficeFormatsHtmlAndRtf() throws Exception {
        assertThat(extractor.extract(raw("a.docx", Documents.docx("Judul Surat", "Isi surat edaran."))).text())
                .contains("Judul Surat", "Isi surat edaran.");
        assertThat(extractor.extract(raw("a.xlsx", Documents.xlsx("Data", new String[] {"Nama", "Desa"},
                new String[] {"Siti", "Talawi"}))).text()).contains("Nama", "Talawi");
        assertThat(extractor.extract(raw("a.html", Documents.html("Jadwal", "Posyandu hari Selasa."))).title())
                .isEqualTo("Jadwal");
        assertThat(extractor.extract(raw("a.rtf", Documents.rtf("Edaran", "Jam layanan berubah."))).text())
                .contains("Jam layanan berubah.");
    }

    @Test
    void detectsTheFormatByContentNotByTheFileName() throws Exception {
        Extraction extraction = extractor.extract(raw("sebenarnya-pdf.docx", Documents.pdf("Pengumuman", "Isi")));

        assertThat(extraction.mediaType()).isEqualTo("application/pdf");
        assertThat(extraction.text()).contains("Pengumuman");
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        assertThatThrownBy(() -> extractor.extract(raw("rahasia.pdf", Documents.encryptedPdf("Rahasia", "isi"))))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("encrypted (password required)");
    }

    @Test
    void refusesATruncatedPdfNamingTheDetectedType() throws Exception {
        assertThatThrownBy(() -> extractor.extract(raw("putus.pdf", Documents.truncatedPdf("Putus", "isi"))))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageStartingWith("truncated or corrupt PDF: ");
    }

    @Test
    void refusesBytesOfNoKnownFormatAsUnsupported() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> extractor.extract(raw("berkas.bin", noise)))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageStartingWith("unsupported: ")
                .hasMessageEndingWith("(application/octet-stream)");
    }

    @Test
    void refusesAPdfWithoutTextWhenOcrIsOff() throws Exception {
        try (var noOcr = new TextExtractor(ParserSettings.defaults().withMaxCharacters(1000)
                .withOcr(false, "eng", Duration.ofSeconds(5)), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> noOcr.extract(raw("kosong.pdf", Documents.pdf(""))))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("no text: the PDF has no text layer and OCR is off (jembatan.harvest.ocr)");
        }
    }

    @Test
    void refusesAZipBombNamingTheLimit() throws Exception {
        assertThatThrownBy(() -> extractor.extract(raw("bom.zip", Documents.zipBomb("isi.txt", 50_000_000))))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("zip bomb: ratio over 1:100 between its size and its content"
                        + " (jembatan.harvest.max-compression-ratio)");
    }

    @Test
    void cutsTextAtTheCharacterLimitAndSaysSo() throws Exception {
        try (var small = new TextExtractor(ParserSettings.defaults().withMaxCharacters(50),
                new SimpleMeterRegistry())) {
            Extraction extraction = small.extract(raw("panjang.txt", ("kata ".repeat(100)).getBytes()));

            assertThat(extraction.truncated()).isTrue();
            assertThat(extraction.text()).hasSizeLessThanOrEqualTo(50);
        }
    }

    @Test
    void refusesADocumentThatTakesLongerThanTheTimeLimit() throws Exception {
        try (var impatient = new TextExtractor(ParserSettings.defaults().withTimeout(Duration.ofMillis(1)),
                new SimpleMeterRegistry())) {
            byte[] pdf = Documents.pdf("Lama", "baris ".repeat(50));

            assertThatThrownBy(() -> impatient.extract(raw("lama.pdf", pdf)))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("timeout after 1 ms while parsing (jembatan.harvest.parse-timeout)");
        }
    }

    @Test
    void readsAScanWithOcrAndStraightensATurnedOne() throws Exception {
        assumeTrue(tesseractInstalled(), "tesseract is not on the PATH: OCR tests skipped");
        String[] lines = {"PENGUMUMAN PERPUSTAKAAN KOTA", "Pendaftaran anggota baru dibuka", "setiap hari kerja di lantai dua"};

        Extraction straight = extractor.extract(raw("pindaian.png", Documents.scan(0, lines)));
        Extraction turned = extractor.extract(raw("pindaian-miring.png", Documents.scan(10, lines)));

        assertThat(straight.ocr()).isTrue();
        assertThat(straight.text()).contains("Pendaftaran anggota baru");
        assertThat(turned.ocr()).isTrue();
        assertThat(turned.text()).contains("Pendaftaran anggota baru");
    }

    @Test
    void refusesAProgramNamedLikeADocumentSayingItIsAProgram() throws Exception {
        assertThatThrownBy(() -> extractor.extract(raw("laporan.pdf", elfExecutable())))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageStartingWith("not a document: laporan.pdf is a program (")
                .hasMessageContaining("application/x-executable")
                .hasMessageEndingWith("; send the document itself");
    }

    @Test
    void refusesAScanWhoseOcrTakesLongerThanItsLimitNamingTheOcrTimeout() throws Exception {
        assumeTrue(tesseractInstalled(), "tesseract is not on the PATH: OCR tests skipped");
        try (var hasty = new TextExtractor(ParserSettings.defaults().withOcr(true, "ind+eng", Duration.ofMillis(50)),
                new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> hasty.extract(raw("pindaian.pdf", Documents.scannedPdf(1, "PENGUMUMAN"))))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("OCR timeout: Tesseract took longer than 50 ms on one page or image of the PDF"
                            + " (jembatan.harvest.ocr-timeout)");
            assertThatThrownBy(() -> hasty.extract(raw("pindaian.png", Documents.scan(0, "PENGUMUMAN"))))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("OCR timeout: Tesseract took longer than 50 ms on one page or image of the PNG"
                            + " (jembatan.harvest.ocr-timeout)");
        }
    }

    /** The header of a 64-bit Linux executable, and some code-like bytes after it. */
    private static byte[] elfExecutable() {
        byte[] elf = new byte[4096];
        byte[] ident = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(ident, 0, elf, 0, ident.length);
        elf[16] = 2;      // e_type: executable
        elf[18] = 0x3e;   // e_machine: x86-64
        elf[20] = 1;      // e_version
        elf[52] = 64;     // e_ehsize
        new Random(3).nextBytes(java.util.Arrays.copyOfRange(elf, 64, elf.length));
        return elf;
    }

    static boolean tesseractInstalled() {
        try {
            return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static RawContent raw(String fileName, byte[] bytes) {
        return new RawContent("test-source", fileName, fileName, null, bytes.length, "0".repeat(64), null,
                Instant.now(), null, null, "test", () -> new ByteArrayInputStream(bytes));
    }
}
