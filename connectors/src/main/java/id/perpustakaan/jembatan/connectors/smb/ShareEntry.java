package id.perpustakaan.jembatan.connectors.smb;

import java.time.Instant;

/** A file as the share's listing shows it. */
public record ShareEntry(String name, long size, Instant lastWrite) {
}
