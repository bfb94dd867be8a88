package id.perpustakaan.jembatan.routes.normalise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Whether scans can be read on this machine, as Tika's Tesseract parser found it when it started: wanted by the
 * settings, Tesseract installed, the configured language models present. Tika looks for Tesseract once, so a
 * Tesseract installed later is used only after a restart; the start's log and every "no text" refusal say which case
 * it is and what to do.
 *
 * @param wanted    {@code jembatan.harvest.ocr}
 * @param installed Tesseract runs
 * @param languages the configured models, e.g. {@code ind+eng}
 * @param missing   configured models Tesseract does not have
 */
public record OcrStatus(boolean wanted, boolean installed, String languages, Set<String> missing) {

    public OcrStatus {
        missing = Set.copyOf(missing);
    }

    /** Asks Tika's Tesseract parser, as the extraction's own parser asks it when it starts. */
    public static OcrStatus probe(ParserSettings settings) {
        if (!settings.ocr()) {
            return new OcrStatus(false, false, settings.ocrLanguages(), Set.of());
        }
        TesseractOCRParser tesseract = new TesseractOCRParser();
        try {
            tesseract.initialize(Map.of());
            if (!tesseract.hasTesseract()) {
                return new OcrStatus(true, false, settings.ocrLanguages(), Set.of());
            }
        } catch (TikaConfigException e) {
            return new OcrStatus(true, false, settings.ocrLanguages(), Set.of());
        }
        Set<String> missing = new TreeSet<>(Arrays.asList(settings.ocrLanguages().split("\\+")));
        missing.removeAll(installedModels(tesseract));
        return new OcrStatus(true, true, settings.ocrLanguages(), missing);
    }

    /**
     * {@code tesseract --list-langs}: the models after its first line. Tika's own list stays empty unless a tessdata
     * folder is configured, and a missing model would otherwise show only as an error at the first scan.
     */
    private static List<String> installedModels(TesseractOCRParser tesseract) {
        String program = tesseract.getTesseractPath() + TesseractOCRParser.getTesseractProg();
        try {
            Process listing = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
            listing.getOutputStream().close();
            byte[] output = listing.getInputStream().readNBytes(64 * 1024);
            if (!listing.waitFor(10, TimeUnit.SECONDS)) {
                listing.destroyForcibly();
                return List.of();
            }
            return output.length == 0 ? List.of() : new String(output, StandardCharsets.UTF_8).lines().skip(1)
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public boolean available() {
        return wanted && installed && missing.isEmpty();
    }

    /** One line for the start's log. */
    public String describe() {
        if (!wanted) {
            return "OCR is off (jembatan.harvest.ocr=false): scans and PDF pages without a text layer are refused";
        }
        if (!installed) {
            return "OCR is not available: Tesseract is not installed, so scans are refused with that reason;"
                    + " install it (" + packages() + ") and restart Jembatan";
        }
        if (!missing.isEmpty()) {
            return "OCR is not available: Tesseract lacks the language model " + String.join(", ", missing)
                    + " of jembatan.harvest.ocr-languages=" + languages + "; install " + packages()
                    + " and restart Jembatan";
        }
        return "OCR is on: Tesseract reads scans with the language models " + languages;
    }

    /** How a "no text" refusal ends: why OCR did not give text, and what to do about it. */
    String whyNoText() {
        if (!wanted) {
            return "OCR is off (jembatan.harvest.ocr)";
        }
        if (!installed) {
            return "OCR is not available: install Tesseract (" + packages() + "), restart Jembatan and send the"
                    + " file again";
        }
        if (!missing.isEmpty()) {
            return "OCR is not available: install the language model " + String.join(", ", missing) + " ("
                    + packages() + "), restart Jembatan and send the file again";
        }
        return "OCR found no text either";
    }

    /** Debian's packages for the configured models ({@code ind} → {@code tesseract-ocr-ind}). */
    private String packages() {
        List<String> models = Arrays.stream(languages.split("\\+")).map(String::strip)
                .filter(model -> !model.isEmpty()).map(model -> "tesseract-ocr-" + model.replace('_', '-'))
                .toList();
        return "apt-get install tesseract-ocr" + (models.isEmpty() ? "" : " " + String.join(" ", models));
    }
}
