package id.perpustakaan.jembatan.routes.normalise;

import java.time.Instant;

/**
 * What a parser read from an original.
 *
 * @param truncated the text was cut at the character limit
 * @param mediaType detected from the content, not from the file name
 * @param parser    the parser that produced the text, for provenance
 * @param ocr       some of the text came from OCR
 */
public record Extraction(String text, boolean truncated, String title, String mediaType, Integer pages,
                         String parser, Instant created, Instant modified, boolean ocr) {
}
