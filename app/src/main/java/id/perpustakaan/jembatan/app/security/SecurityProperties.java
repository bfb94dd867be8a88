package id.perpustakaan.jembatan.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The librarians' and administrators' accounts, and the metrics scraper's. Passwords are stored only as bcrypt
 * hashes; an operator adds an account in configuration, without code.
 *
 * @param metricsUser the account a metrics scraper (Prometheus) signs in with: role METRICS, which reads
 *                    {@code /actuator/prometheus} and nothing else; none by default
 */
@ConfigurationProperties("jembatan.security")
record SecurityProperties(List<Account> users, MetricsAccount metricsUser) {

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** The role of {@link #metricsUser}. */
    static final String METRICS = "METRICS";

    /** The configured accounts, the metrics scraper's among them when it is configured. */
    List<Account> accounts() {
        if (metricsUser == null || metricsUser.isBlank()) {
            return users;
        }
        if (metricsUser.name() == null || metricsUser.name().isBlank()
                || metricsUser.passwordHash() == null || metricsUser.passwordHash().isBlank()) {
            throw new IllegalStateException("jembatan.security.metrics-user needs both a name and a password-hash"
                    + " (bcrypt), or neither");
        }
        if (users.stream().anyMatch(user -> user.name().equals(metricsUser.name()))) {
            throw new IllegalStateException("jembatan.security.metrics-user '" + metricsUser.name()
                    + "' is also in jembatan.security.users: give the scraper an account of its own");
        }
        var all = new ArrayList<>(users);
        all.add(new Account(metricsUser.name(), metricsUser.passwordHash(), List.of(METRICS)));
        return List.copyOf(all);
    }

    /**
     * @param passwordHash bcrypt, e.g. from {@code htpasswd -bnBC 10 "" password | tr -d ':'}
     */
    record MetricsAccount(String name, String passwordHash) {

        boolean isBlank() {
            return (name == null || name.isBlank()) && (passwordHash == null || passwordHash.isBlank());
        }
    }

    /**
     * @param passwordHash bcrypt, e.g. from {@code htpasswd -bnBC 10 "" password | tr -d ':'}
     * @param roles        LIBRARIAN, ADMIN
     */
    record Account(String name, String passwordHash, List<String> roles) {
    }
}
