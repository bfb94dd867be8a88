package id.perpustakaan.jembatan.routes.mirror;

import java.time.Instant;

/**
 * A file of a mirrored folder as its listing shows it: where it is within the folder, and what tells a change
 * without reading it.
 *
 * @param locator  its path relative to the folder, with {@code /} between folders: the document's place
 * @param modified the latest modification time of the file and the sidecars that describe it
 */
public record MirrorEntry(String locator, long size, Instant modified) {
}
