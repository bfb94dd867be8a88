package id.perpustakaan.jembatan.app.security;

import id.perpustakaan.jembatan.model.PrintableText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail of signing in, one line per event under the logger {@code jembatan.audit.sign-in}, so an
 * operator can route it apart. Names are what someone typed: they are logged escaped (no forged lines).
 */
final class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger("jembatan.audit.sign-in");

    void signedIn(String account, String client) {
        log.info("sign-in of '{}' from {} succeeded", safe(account), safe(client));
    }

    void failed(String account, String client, int inARow) {
        log.warn("sign-in of '{}' from {} failed: wrong name or password ({} in a row)", safe(account),
                safe(client), inARow);
    }

    void refused(String account, String client, long waitSeconds) {
        log.warn("sign-in of '{}' from {} refused without checking the password: too many failures, blocked for"
                + " {} s more", safe(account), safe(client), waitSeconds);
    }

    void failed(String account, String client, String reason) {
        log.warn("sign-in of '{}' from {} failed: {}", safe(account), safe(client), reason);
    }

    void unlocked(String what, String name, String by) {
        log.info("sign-in block of {} '{}' lifted by '{}'", what, safe(name), safe(by));
    }

    /** Names are what someone typed: escaped, and cut where a name cannot be that long. */
    private static String safe(String typed) {
        return PrintableText.of(typed, 200);
    }
}
