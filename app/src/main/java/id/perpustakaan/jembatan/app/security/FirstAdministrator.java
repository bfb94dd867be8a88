package id.perpustakaan.jembatan.app.security;

import id.perpustakaan.jembatan.app.security.SecurityProperties.Account;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The embedded default's first administrator: on a machine where Jembatan runs with its local broker and node and
 * nobody has an account yet, an {@code admin} with a generated password is kept hashed in the data folder, and the
 * password is shown once, in the start's log. Without it a newcomer's regulation would wait for a review nobody can
 * sign in to give. A deployment (its own Kafka and Elasticsearch) gets no such account: its operator adds them.
 */
public final class FirstAdministrator {

    static final String NAME = "admin";

    /** Letters and digits that cannot be misread for one another when copied from a log by hand. */
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicReference<String> password;
    private final String accountsFile;

    private FirstAdministrator(String password, String accountsFile) {
        this.password = new AtomicReference<>(password);
        this.accountsFile = accountsFile;
    }

    /**
     * Makes the administrator when Jembatan runs on its embedded default and {@code accounts} has nobody.
     *
     * @param embedded whether the local broker or node serves this start
     */
    static FirstAdministrator makeIfNobody(Accounts accounts, PasswordEncoder passwords, boolean embedded) {
        AccountsFile file = accounts.file();
        if (!embedded || !accounts.all().isEmpty()) {
            return new FirstAdministrator(null, file.path().toString());
        }
        String password = generatePassword();
        file.put(new Account(NAME, passwords.encode(password), List.of("ADMIN", "LIBRARIAN")));
        return new FirstAdministrator(password, file.path().toString());
    }

    /**
     * What to tell whoever started Jembatan, once: the name and password, where the hash is kept, and how to add
     * librarians. Empty when no administrator was made, and on every later call.
     */
    public Optional<String> announceOnce() {
        String shown = password.getAndSet(null);
        if (shown == null) {
            return Optional.empty();
        }
        return Optional.of(String.format("""
                A first administrator was made, as nobody had an account yet:
                    name:     %s
                    password: %s
                  This password is shown only now; %s keeps its hash. Sign in at /masuk, and add librarians with
                    java -jar app/target/jembatan/jembatan.jar user add NAME""", NAME, shown, accountsFile));
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
