package id.perpustakaan.jembatan.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.perpustakaan.jembatan.app.limits.ClientAddress;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (form sign-in and HTTP Basic alike) through the account store, behind the
 * {@link SignInThrottle}: a blocked account or address is refused before its password is looked at, and every
 * failure is counted and written to the {@link SignInAudit}.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider accounts;
    private final SignInThrottle throttle;
    private final SignInAudit audit;
    /** a refusal is logged once per block, however often a guesser knocks meanwhile */
    private final Cache<String, Boolean> refusalsLogged = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    ThrottledSignIn(AuthenticationProvider accounts, SignInThrottle throttle, SignInAudit audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String client = client(attempt);
        Optional<Duration> wait = throttle.blocked(account, client);
        if (wait.isPresent()) {
            SignInThrottledException refused = new SignInThrottledException(wait.get());
            if (refusalsLogged.asMap().putIfAbsent(account + "\n" + client, Boolean.TRUE) == null) {
                audit.refused(account, client, refused.waitSeconds());
            }
            throw refused;
        }
        try {
            Authentication authenticated = accounts.authenticate(attempt);
            throttle.succeeded(account, client);
            return authenticated;
        } catch (BadCredentialsException e) {
            // an unknown name is reported as a wrong password too, so names cannot be probed
            audit.failed(account, client, throttle.failed(account, client));
            throw e;
        } catch (AuthenticationException e) {
            audit.failed(account, client, e.getMessage());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String client(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? ClientAddress.of(details.getRemoteAddress()) : "unknown";
    }
}
