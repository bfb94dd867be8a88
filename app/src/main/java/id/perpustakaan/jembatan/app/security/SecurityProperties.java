package id.perpustakaan.jembatan.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The librarians' and administrators' accounts. Passwords are stored only as bcrypt hashes; an operator adds an
 * account in configuration, without code.
 */
@ConfigurationProperties("jembatan.security")
record SecurityProperties(List<Account> users) {

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param passwordHash bcrypt, e.g. from {@code htpasswd -bnBC 10 "" password | tr -d ':'}
     * @param roles        LIBRARIAN, ADMIN
     */
    record Account(String name, String passwordHash, List<String> roles) {
    }
}
