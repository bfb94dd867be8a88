package id.perpustakaan.jembatan.connectors.http;

/**
 * A fetch that did not give content, with a reason a librarian can act on, e.g. "404 Not Found at https://…",
 * "refused: 127.0.0.1 is a loopback address (set allow-private-addresses for this source)", "disallowed by
 * robots.txt of disdik.sawahluntokota.go.id", "timeout after 10 s".
 */
public class FetchException extends Exception {

    private final boolean retryable;

    public FetchException(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public FetchException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    /** Whether the next run may succeed (a timeout, a 503) rather than fail again the same way (a 404, robots). */
    public boolean retryable() {
        return retryable;
    }
}
