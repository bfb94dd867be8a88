package id.perpustakaan.jembatan.connectors.web;

/**
 * A sitemap that cannot be read, with a reason a librarian can act on, e.g. "sitemap https://…/sitemap.xml is an
 * HTML page, not a sitemap (check the address)".
 */
public class SitemapException extends Exception {

    public SitemapException(String reason) {
        super(reason);
    }

    public SitemapException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
