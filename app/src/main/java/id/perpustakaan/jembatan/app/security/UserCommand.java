package id.perpustakaan.jembatan.app.security;

import id.perpustakaan.jembatan.app.security.SecurityProperties.Account;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar jembatan.jar user add|remove|list}: librarians' and administrators' accounts in the data
 * folder's {@link AccountsFile}, without starting Jembatan; a running Jembatan on that folder takes a change at the
 * next sign-in. {@code add} also prints the account as configuration, for a deployment that keeps its accounts in
 * environment variables.
 */
public final class UserCommand {

    static final int MIN_PASSWORD_LENGTH = 10;

    private static final String USAGE = """
            usage: java -jar jembatan.jar user add NAME [--role librarian|admin]... [--generate] [--data-dir DIR]
                   java -jar jembatan.jar user remove NAME [--data-dir DIR]
                   java -jar jembatan.jar user list [--data-dir DIR]
              add asks for the password twice (or reads one line from standard input), or makes one with --generate;
              the role is librarian unless given; DIR is the data folder (JEMBATAN_DATA_DIR, else ./data)""";

    /** Reads a password: from the terminal without echo, or one line of standard input when piped. */
    interface PasswordSource {
        char[] read(String prompt);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final PasswordSource passwords;
    private final Map<String, String> environment;

    UserCommand(PrintStream out, PrintStream err, PasswordSource passwords, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.passwords = passwords;
        this.environment = environment;
    }

    /** True when the arguments ask for this command rather than for Jembatan itself. */
    public static boolean isAsked(String[] args) {
        return args.length > 0 && args[0].equals("user");
    }

    public static int main(String[] args) {
        return new UserCommand(System.out, System.err, UserCommand::fromTerminalOrInput, System.getenv())
                .run(Arrays.copyOfRange(args, 1, args.length));
    }

    int run(String[] args) {
        List<String> words = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        boolean generate = false;
        String dataDir = environment.getOrDefault("JEMBATAN_DATA_DIR", "data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> {
                    if (++i == args.length) {
                        return usage("--role needs librarian or admin");
                    }
                    roles.add(args[i].toUpperCase(Locale.ROOT));
                }
                case "--data-dir" -> {
                    if (++i == args.length) {
                        return usage("--data-dir needs the data folder");
                    }
                    dataDir = args[i];
                }
                case "--generate" -> generate = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        return usage("unknown option " + args[i]);
                    }
                    words.add(args[i]);
                }
            }
        }
        AccountsFile file = new AccountsFile(Path.of(dataDir));
        try {
            return switch (words.isEmpty() ? "" : words.get(0)) {
                case "add" -> words.size() == 2 ? add(file, words.get(1), roles.isEmpty() ? List.of("LIBRARIAN") : roles,
                        generate) : usage("add needs one NAME");
                case "remove" -> words.size() == 2 ? remove(file, words.get(1)) : usage("remove needs one NAME");
                case "list" -> words.size() == 1 ? list(file) : usage("list takes no NAME");
                default -> usage(words.isEmpty() ? "add, remove or list?" : "unknown: " + words.get(0));
            };
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("user " + words.get(0) + ": " + e.getMessage());
            return 1;
        }
    }

    private int add(AccountsFile file, String name, List<String> roles, boolean generate) {
        String password;
        if (generate) {
            password = FirstAdministrator.generatePassword();
        } else {
            char[] first = passwords.read("Password for " + name + ": ");
            char[] again = passwords.read("The same again: ");
            if (first == null || first.length == 0) {
                return failed("no password given; type one, pipe one line, or use --generate");
            }
            if (again != null && !Arrays.equals(first, again)) {
                return failed("the two passwords differ; nothing was changed");
            }
            password = new String(first);
            Arrays.fill(first, ' ');
            if (password.length() < MIN_PASSWORD_LENGTH) {
                return failed("the password has " + password.length() + " characters; give at least "
                        + MIN_PASSWORD_LENGTH);
            }
        }
        String hash = new BCryptPasswordEncoder().encode(password);
        Account account = AccountsFile.account(name, hash, roles, "user add");
        boolean added = file.put(account);
        String roleWords = String.join(" and ", account.roles()).toLowerCase(Locale.ROOT);
        out.printf("%s %s '%s' in %s: a Jembatan running on this data folder lets them sign in now.%n",
                added ? "Added" : "Changed the password of", roleWords, name, file.path());
        if (generate) {
            out.printf("  password: %s   (shown only now)%n", password);
        }
        out.printf("""
                For a deployment that keeps its accounts in configuration instead, the same account is
                  JEMBATAN_SECURITY_USERS_0_NAME=%1$s
                  JEMBATAN_SECURITY_USERS_0_PASSWORD_HASH='%2$s'
                  JEMBATAN_SECURITY_USERS_0_ROLES=%3$s
                or, under jembatan.security.users in YAML:
                  - { name: %1$s, password-hash: "%2$s", roles: [%3$s] }
                (number the variables 0, 1, 2… when there are several accounts)%n""",
                name, hash, String.join(",", account.roles()));
        return 0;
    }

    private int remove(AccountsFile file, String name) {
        if (!file.remove(name)) {
            return failed("no account '" + name + "' in " + file.path()
                    + (file.modified().isEmpty() ? " (there is no such file yet)" : ""));
        }
        out.printf("Removed '%s' from %s: they cannot sign in any more.%n", name, file.path());
        return 0;
    }

    private int list(AccountsFile file) {
        List<Account> accounts = file.read();
        if (accounts.isEmpty()) {
            out.printf("No accounts in %s.%n", file.path());
        }
        accounts.forEach(account -> out.printf("%-24s %s%n", account.name(),
                String.join(", ", account.roles()).toLowerCase(Locale.ROOT)));
        return 0;
    }

    private int failed(String why) {
        err.println("user add: " + why);
        return 1;
    }

    private int usage(String why) {
        err.println(why);
        err.println(USAGE);
        return 2;
    }

    private static char[] fromTerminalOrInput(String prompt) {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        try {
            String line = STDIN.readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }

    private static final BufferedReader STDIN = new BufferedReader(new InputStreamReader(System.in,
            StandardCharsets.UTF_8));
}
