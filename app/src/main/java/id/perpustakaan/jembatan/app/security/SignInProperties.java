package id.perpustakaan.jembatan.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The brake on password guessing ({@link SignInThrottle}); defaults in {@code application.yml}.
 *
 * @param freeFailures failures in a row, per account and per address, before attempts are delayed
 * @param firstDelay   the first delay; each further failure doubles it
 * @param maxDelay     the longest an account or address is blocked by one failure
 */
@ConfigurationProperties("jembatan.security.sign-in")
record SignInProperties(int freeFailures, Duration firstDelay, Duration maxDelay) {
}
