package id.perpustakaan.jembatan.routes.normalise;

import java.time.Duration;

/**
 * Limits and OCR settings of the document parser; every refusal they cause names the limit.
 *
 * @param maxCharacters       extracted text beyond this is cut, and the cut recorded
 * @param timeout             a document that takes longer is refused, and its parse stopped
 * @param maxCompressionRatio a package whose content expands more than this is a zip bomb
 * @param maxEmbeddingDepth   documents inside documents inside… deeper than this are refused
 * @param maxUnpackedBytes    all the documents inside a file, at every level of nesting, may unpack to this much
 * @param maxArchiveEntries   documents inside a file, counted at every level of nesting
 * @param ocr                 run Tesseract on images and on PDF pages without a text layer
 * @param ocrLanguages        Tesseract models, e.g. {@code ind+eng}
 * @param ocrTimeout          for one image or page
 */
public record ParserSettings(int maxCharacters, Duration timeout, long maxCompressionRatio, int maxEmbeddingDepth,
                             long maxUnpackedBytes, int maxArchiveEntries, boolean ocr, String ocrLanguages,
                             Duration ocrTimeout) {

    /** Safe defaults, for tests and tools; the application's own are in its {@code application.yml}. */
    public static ParserSettings defaults() {
        return new ParserSettings(1_000_000, Duration.ofSeconds(60), 100, 5, 500L * 1024 * 1024, 10_000, true,
                "ind+eng", Duration.ofSeconds(30));
    }

    public ParserSettings withTimeout(Duration timeout) {
        return new ParserSettings(maxCharacters, timeout, maxCompressionRatio, maxEmbeddingDepth, maxUnpackedBytes,
                maxArchiveEntries, ocr, ocrLanguages, ocrTimeout);
    }

    public ParserSettings withMaxCharacters(int maxCharacters) {
        return new ParserSettings(maxCharacters, timeout, maxCompressionRatio, maxEmbeddingDepth, maxUnpackedBytes,
                maxArchiveEntries, ocr, ocrLanguages, ocrTimeout);
    }

    public ParserSettings withMaxCompressionRatio(long ratio) {
        return new ParserSettings(maxCharacters, timeout, ratio, maxEmbeddingDepth, maxUnpackedBytes,
                maxArchiveEntries, ocr, ocrLanguages, ocrTimeout);
    }

    /** The limits on what a file holds: unpacked bytes, documents and nesting depth, across nested archives. */
    public ParserSettings withArchiveLimits(long maxUnpackedBytes, int maxArchiveEntries, int maxEmbeddingDepth) {
        return new ParserSettings(maxCharacters, timeout, maxCompressionRatio, maxEmbeddingDepth, maxUnpackedBytes,
                maxArchiveEntries, ocr, ocrLanguages, ocrTimeout);
    }

    public ParserSettings withOcr(boolean ocr, String ocrLanguages, Duration ocrTimeout) {
        return new ParserSettings(maxCharacters, timeout, maxCompressionRatio, maxEmbeddingDepth, maxUnpackedBytes,
                maxArchiveEntries, ocr, ocrLanguages, ocrTimeout);
    }
}
