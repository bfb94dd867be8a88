package id.perpustakaan.jembatan.routes.normalise;

import java.time.Duration;

/**
 * Limits and OCR settings of the document parser; every refusal they cause names the limit.
 *
 * @param maxCharacters       extracted text beyond this is cut, and the cut recorded
 * @param timeout             a document that takes longer is refused
 * @param maxCompressionRatio a package whose content expands more than this is a zip bomb
 * @param maxEmbeddingDepth   documents inside documents inside… beyond this depth are not opened
 * @param ocr                 run Tesseract on images and on PDF pages without a text layer
 * @param ocrLanguages        Tesseract models, e.g. {@code ind+eng}
 * @param ocrTimeout          for one image or page
 */
public record ParserSettings(int maxCharacters, Duration timeout, long maxCompressionRatio, int maxEmbeddingDepth,
                             boolean ocr, String ocrLanguages, Duration ocrTimeout) {

    /** Safe defaults, for tests and tools. */
    public static ParserSettings defaults() {
        return new ParserSettings(1_000_000, Duration.ofSeconds(60), 100, 5, true, "ind+eng", Duration.ofSeconds(30));
    }

    public ParserSettings withTimeout(Duration timeout) {
        return new ParserSettings(maxCharacters, timeout, maxCompressionRatio, maxEmbeddingDepth, ocr, ocrLanguages,
                ocrTimeout);
    }

    public ParserSettings withMaxCharacters(int maxCharacters) {
        return new ParserSettings(maxCharacters, timeout, maxCompressionRatio, maxEmbeddingDepth, ocr, ocrLanguages,
                ocrTimeout);
    }

    public ParserSettings withMaxCompressionRatio(long ratio) {
        return new ParserSettings(maxCharacters, timeout, ratio, maxEmbeddingDepth, ocr, ocrLanguages, ocrTimeout);
    }
}
