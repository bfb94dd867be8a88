package id.perpustakaan.jembatan.app.security;

import id.perpustakaan.jembatan.app.security.SecurityProperties.Account;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign in: the accounts of the configuration, then those of the data folder's {@link AccountsFile}, read
 * again whenever it changed — so that an account the {@code user} command adds works at once, without a restart.
 * A name in both is the configuration's.
 */
final class Accounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final Map<String, Account> configured;
    private final AccountsFile file;
    private volatile Snapshot snapshot;

    /** Reads the file at once: a broken line stops the start, naming the line, before anybody relies on it. */
    Accounts(List<Account> configured, AccountsFile file) {
        Map<String, Account> byName = new LinkedHashMap<>();
        configured.forEach(account -> byName.put(account.name(), account));
        this.configured = Map.copyOf(byName);
        this.file = file;
        Optional<FileTime> modified = file.modified();
        this.snapshot = new Snapshot(modified, ownAccounts(file.read()));
    }

    AccountsFile file() {
        return file;
    }

    /** Every account that can sign in now. */
    List<Account> all() {
        Map<String, Account> all = new LinkedHashMap<>(configured);
        fromFile().forEach(all::putIfAbsent);
        return List.copyOf(all.values());
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Account account = configured.get(name);
        if (account == null) {
            account = fromFile().get(name);
        }
        if (account == null) {
            throw new UsernameNotFoundException("no account " + name);
        }
        return User.withUsername(account.name()).password(account.passwordHash())
                .roles(account.roles().toArray(String[]::new)).build();
    }

    private Map<String, Account> fromFile() {
        Snapshot known = snapshot;
        Optional<FileTime> modified = file.modified();
        if (modified.equals(known.modified())) {
            return known.accounts();
        }
        try {
            snapshot = new Snapshot(modified, ownAccounts(file.read()));
        } catch (RuntimeException e) {
            // a half-edited file must not lock everybody out who signed in before it was touched
            log.error("the accounts of {} are not read again: {}", file.path(), e.getMessage());
            return known.accounts();
        }
        return snapshot.accounts();
    }

    /** The file's accounts by name, but for those the configuration has. */
    private Map<String, Account> ownAccounts(List<Account> read) {
        Map<String, Account> own = new LinkedHashMap<>();
        for (Account account : read) {
            if (configured.containsKey(account.name())) {
                log.warn("account '{}' of {} is ignored: the configuration (jembatan.security.users) has one of"
                        + " that name", account.name(), file.path());
            } else {
                own.put(account.name(), account);
            }
        }
        return Map.copyOf(own);
    }

    private record Snapshot(Optional<FileTime> modified, Map<String, Account> accounts) {
    }
}
