package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OcrStatusTest {

    @Test
    void aScanRefusedWithoutTesseractSaysToInstallIt() {
        var absent = new OcrStatus(true, false, "ind+eng", Set.of());

        assertThat(absent.available()).isFalse();
        assertThat(RefusalReasons.noText("image/png", "scan.png", absent)).isEqualTo("no text: the PNG has no text"
                + " layer and OCR is not available: install Tesseract (apt-get install tesseract-ocr"
                + " tesseract-ocr-ind tesseract-ocr-eng), restart Jembatan and send the file again");
        assertThat(absent.describe()).startsWith("OCR is not available: Tesseract is not installed")
                .contains("apt-get install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng");
    }

    @Test
    void eachStateHasItsOwnWords() {
        var off = new OcrStatus(false, false, "ind+eng", Set.of());
        var lacking = new OcrStatus(true, true, "ind+eng", Set.of("ind"));
        var on = new OcrStatus(true, true, "ind+eng", Set.of());

        assertThat(RefusalReasons.noText("application/pdf", "x.pdf", off))
                .isEqualTo("no text: the PDF has no text layer and OCR is off (jembatan.harvest.ocr)");
        assertThat(RefusalReasons.noText("application/pdf", "x.pdf", on))
                .isEqualTo("no text: the PDF has no text layer and OCR found no text either");
        assertThat(RefusalReasons.noText("application/pdf", "x.pdf", lacking))
                .contains("install the language model ind");
        assertThat(off.describe()).startsWith("OCR is off (jembatan.harvest.ocr=false)");
        assertThat(lacking.describe()).contains("lacks the language model ind");
        assertThat(on.describe()).isEqualTo("OCR is on: Tesseract reads scans with the language models ind+eng");
        assertThat(on.available()).isTrue();
    }

    @Test
    void theProbeAsksTheInstalledTesseract() {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/tesseract"))).as("Tesseract is installed").isTrue();

        var withModels = OcrStatus.probe(ParserSettings.defaults());
        var unknownModel = OcrStatus.probe(ParserSettings.defaults().withOcr(true, "ind+xyz", Duration.ofSeconds(30)));

        assertThat(withModels.installed()).isTrue();
        assertThat(unknownModel.installed()).isTrue();
        assertThat(unknownModel.missing()).containsExactly("xyz");
        assertThat(OcrStatus.probe(ParserSettings.defaults().withOcr(false, "ind", Duration.ofSeconds(30))).wanted()).isFalse();
    }
}
