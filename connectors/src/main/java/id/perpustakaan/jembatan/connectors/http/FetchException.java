package id.perpustakaan.jembatan.connectors.http;

/**
 * A fetch that did not give content, with a reason a librarian can act on, e.g. "404 Not Found at https://…",
 * "refused: 127.0.0.1 is a loopback address (set allow-private-addresses for this source)", "disallowed by
 * robots.txt of disdik.sawahluntokota.go.id", "timeout after 10 s".
 */
public class FetchException extends Exception {

    /** No HTTP status: the request was refused here or got no answer (a timeout, robots.txt, an address rule). */
    public static final int NO_STATUS = 0;

    private final boolean retryable;
    private final int status;

    public FetchException(String reason, boolean retryable) {
        this(reason, retryable, NO_STATUS);
    }

    /** The origin answered with an HTTP status that gives no content (a 404, a 503). */
    public FetchException(String reason, boolean retryable, int status) {
        super(reason);
        this.retryable = retryable;
        this.status = status;
    }

    public FetchException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
        this.status = NO_STATUS;
    }

    /**
     * The origin's HTTP status, or {@link #NO_STATUS}: a caller that reads an API tells "not here" (404) and "not for
     * you" (401, 403) from a server failing.
     */
    public int status() {
        return status;
    }

    /** Whether the next run may succeed (a timeout, a 503) rather than fail again the same way (a 404, robots). */
    public boolean retryable() {
        return retryable;
    }
}
