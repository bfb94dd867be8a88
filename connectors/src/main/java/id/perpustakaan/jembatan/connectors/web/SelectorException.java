package id.perpustakaan.jembatan.connectors.web;

/**
 * A source's selector does not fit the page, with a reason a librarian can act on, e.g. "selector 'article h2 a'
 * matched no links on https://… (check the page layout)" or "selector 'article[' is not valid CSS: …".
 */
public class SelectorException extends Exception {

    private final String selector;

    public SelectorException(String selector, String reason) {
        super(reason);
        this.selector = selector;
    }

    public SelectorException(String selector, String reason, Throwable cause) {
        super(reason, cause);
        this.selector = selector;
    }

    /** The selector as configured, so a caller can point at the setting to fix. */
    public String selector() {
        return selector;
    }
}
