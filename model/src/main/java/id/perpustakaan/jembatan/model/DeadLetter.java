package id.perpustakaan.jembatan.model;

import java.time.Instant;

/**
 * An item that could not be processed, with a reason a librarian can act on and a reference to the original.
 *
 * @param stage   where it failed: {@code fetch}, {@code extract}, {@code publish}, {@code index}
 * @param reason  specific and short, e.g. "encrypted (password required)"
 * @param sha256  of the original bytes, when they were read
 */
public record DeadLetter(String sourceId, String locator, String fileName, String documentId, String stage,
                         String reason, String sha256, Instant failedAt) {
}
