package id.perpustakaan.jembatan.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because the account or the address failed too often; it may try after the wait. */
class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("too many failed sign-ins for this account or from this address: try again in "
                + waitSeconds(wait) + " s, or ask an administrator to unlock the account");
        this.wait = wait;
    }

    long waitSeconds() {
        return waitSeconds(wait);
    }

    private static long waitSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
