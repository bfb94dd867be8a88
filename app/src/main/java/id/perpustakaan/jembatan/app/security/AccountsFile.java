package id.perpustakaan.jembatan.app.security;

import id.perpustakaan.jembatan.app.security.SecurityProperties.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts kept in the data folder, one a line, {@code name:bcrypt-hash:ROLE[,ROLE]} (the shape of an htpasswd
 * file, so that an operator can read it). The embedded default's first administrator and the {@code user} command
 * write it; accounts in configuration ({@code jembatan.security.users}) stay where a deployment keeps them. Only the
 * owner may read it: the hashes are slow to guess, not impossible.
 */
final class AccountsFile {

    static final String FILE_NAME = "accounts";

    /** The roles an account of the file may have; the metrics scraper's account belongs to configuration. */
    static final Set<String> ROLES = Set.of("LIBRARIAN", "ADMIN");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private final Path file;

    AccountsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    Path path() {
        return file;
    }

    /** When the file last changed, or empty while there is none. */
    Optional<FileTime> modified() {
        try {
            return Optional.of(Files.getLastModifiedTime(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    List<Account> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Account> accounts = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(":", -1);
            if (fields.length != 3) {
                throw new IllegalStateException(file + " line " + number + " is not name:bcrypt-hash:ROLES;"
                        + " mend it, or remove the account with: java -jar jembatan.jar user remove NAME");
            }
            accounts.add(account(fields[0], fields[1],
                    Arrays.stream(fields[2].split(",")).map(String::strip).toList(), file + " line " + number));
        }
        return List.copyOf(accounts);
    }

    /** Adds the account, or replaces the one of the same name; true when it was new. */
    boolean put(Account account) {
        List<Account> accounts = new ArrayList<>(read());
        boolean replaced = accounts.removeIf(existing -> existing.name().equals(account.name()));
        accounts.add(account);
        write(accounts);
        return !replaced;
    }

    /** True when there was an account of that name. */
    boolean remove(String name) {
        List<Account> accounts = new ArrayList<>(read());
        boolean removed = accounts.removeIf(existing -> existing.name().equals(name));
        if (removed) {
            write(accounts);
        }
        return removed;
    }

    /**
     * Checks an account before it is kept: a name that fits the file's format, a bcrypt hash, known roles.
     *
     * @param where said in the error, e.g. the file and line
     */
    static Account account(String name, String passwordHash, List<String> roles, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": the name '" + name + "' must be 1 to 64 letters, digits"
                    + " or . _ @ -");
        }
        if (!BCRYPT.matcher(passwordHash).matches()) {
            throw new IllegalArgumentException(where + ": the password of '" + name + "' is not a bcrypt hash");
        }
        List<String> upper = roles.stream().map(role -> role.toUpperCase(Locale.ROOT)).distinct().toList();
        if (upper.isEmpty() || !ROLES.containsAll(upper)) {
            throw new IllegalArgumentException(where + ": the roles of '" + name + "' must be LIBRARIAN, ADMIN or"
                    + " both, not " + roles);
        }
        return new Account(name, passwordHash, upper);
    }

    private void write(List<Account> accounts) {
        StringBuilder text = new StringBuilder("# Jembatan's accounts: name:bcrypt-hash:roles. Change them with"
                + " java -jar jembatan.jar user add|remove|list\n");
        accounts.forEach(account -> text.append(account.name()).append(':').append(account.passwordHash())
                .append(':').append(String.join(",", account.roles())).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(FILE_NAME + ".next");
            Files.deleteIfExists(next);
            createOwnerOnly(next);
            Files.writeString(next, text, StandardCharsets.UTF_8);
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(path + " appeared while it was being written: is a second command running?", e);
        }
    }
}
