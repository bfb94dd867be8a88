package id.perpustakaan.jembatan.model;

import java.time.Instant;

/**
 * How a revision came to be: which connector fetched it when, what the origin said about it (ETag,
 * Last-Modified), and which extractor produced the text.
 */
public record Provenance(String connector, Instant fetchedAt, String etag, Instant lastModified,
                         String extractor, boolean ocr) {
}
