package id.perpustakaan.jembatan.app.limits;

/** A client asked more often than its allowance; it may ask again after {@code retryAfterSeconds}. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequestsException(String what, long retryAfterSeconds) {
        super("too many " + what + " from this address; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
