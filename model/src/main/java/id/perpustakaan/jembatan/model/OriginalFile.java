package id.perpustakaan.jembatan.model;

/**
 * The file exactly as the agency published it, kept in the content-addressed archive under its sha256.
 *
 * @param pages page count when the format has pages, otherwise {@code null}
 */
public record OriginalFile(String sha256, String mediaType, String fileName, long size, Integer pages) {
}
