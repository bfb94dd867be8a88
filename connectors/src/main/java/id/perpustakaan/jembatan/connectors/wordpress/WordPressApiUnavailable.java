package id.perpustakaan.jembatan.connectors.wordpress;

/**
 * A WordPress site's REST API did not answer as one: it is closed to the public ({@code rest_cannot_access}, a 401 or
 * 403, an answer {@code rest_disabled}), or not served at that address (a 404, the site's HTML page instead of
 * JSON). The site's feed can still be read.
 */
public class WordPressApiUnavailable extends Exception {

    private final boolean refused;

    /**
     * @param refused the site refuses the API to the public, so another address of it is not tried; otherwise it is
     *                not served there (pretty permalinks off, another prefix)
     */
    public WordPressApiUnavailable(String reason, boolean refused) {
        super(reason);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }
}
