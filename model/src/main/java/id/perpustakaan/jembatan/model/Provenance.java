package id.perpustakaan.jembatan.model;

import java.time.Instant;

/**
 * How a revision came to be: which connector fetched it when, what the origin said about it (ETag,
 * Last-Modified), which extractor produced the text, whether OCR read any of it, and which rule decided the
 * document's kind (so a librarian can see why, and correct it).
 */
public record Provenance(String connector, Instant fetchedAt, String etag, Instant lastModified,
                         String extractor, boolean ocr, String kindRule) {
}
