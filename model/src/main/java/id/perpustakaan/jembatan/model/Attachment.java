package id.perpustakaan.jembatan.model;

/**
 * A file a page offers for download (a PDF of the regulation, a form to fill in). It becomes a document of its own
 * once harvested (dropped beside the page, or fetched by a web source), under {@code documentId}, which is known
 * in advance: the page links to it from the start.
 *
 * @param url        where the public can get it, when it has a public address
 * @param text       the link's text on the page
 * @param documentId the id the attachment has, or will have, as a document of the same source; null for one that
 *                   stays a file (a dataset's table)
 */
public record Attachment(String url, String text, String documentId) {
}
