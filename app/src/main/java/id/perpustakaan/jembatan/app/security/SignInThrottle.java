package id.perpustakaan.jembatan.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Brakes password guessing, per account and per client address. The first {@code freeFailures} failures in a row
 * cost nothing; each one after blocks further attempts for a delay that doubles from {@code firstDelay} up to
 * {@code maxDelay}. While blocked, an attempt is refused without its password being checked (so guessing costs no
 * bcrypt either). A success clears the account and the address; an administrator can clear an account at once.
 * The counts live in bounded caches: a flood of made-up names or addresses cannot exhaust memory.
 */
final class SignInThrottle {

    /** How things stand for one account or address. */
    record Failures(int count, Instant blockedUntil) {
    }

    /** An account or address that cannot sign in until {@code until}. */
    record Block(String kind, String name, int failures, Instant until) {
    }

    private final SignInProperties settings;
    private final Clock clock;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> clients;

    SignInThrottle(SignInProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // forgotten a day after the last failure: a failure that old says nothing about guessing now
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();
    }

    /** How long until the account may try again from that address; empty when it may now. */
    Optional<Duration> blocked(String account, String client) {
        Instant now = clock.instant();
        return Stream.of(accounts.getIfPresent(key(account)), clients.getIfPresent(client))
                .filter(failures -> failures != null && failures.blockedUntil() != null
                        && failures.blockedUntil().isAfter(now))
                .map(failures -> Duration.between(now, failures.blockedUntil()))
                .max(Comparator.naturalOrder());
    }

    /** Counts a wrong name or password; returns the account's failures in a row. */
    int failed(String account, String client) {
        Failures forAccount = accounts.asMap().compute(key(account), (key, before) -> next(before));
        clients.asMap().compute(client, (key, before) -> next(before));
        return forAccount.count();
    }

    void succeeded(String account, String client) {
        accounts.invalidate(key(account));
        clients.invalidate(client);
    }

    /** Lifts an account's block and forgets its failures; false when it had none. */
    boolean unlock(String account) {
        return accounts.asMap().remove(key(account)) != null;
    }

    /** Accounts and addresses blocked now, the longest first. */
    List<Block> blocks() {
        Instant now = clock.instant();
        return Stream.concat(
                        accounts.asMap().entrySet().stream().map(e -> new Block("account", e.getKey(),
                                e.getValue().count(), e.getValue().blockedUntil())),
                        clients.asMap().entrySet().stream().map(e -> new Block("address", e.getKey(),
                                e.getValue().count(), e.getValue().blockedUntil())))
                .filter(block -> block.until() != null && block.until().isAfter(now))
                .sorted(Comparator.comparing(Block::until).reversed())
                .toList();
    }

    private Failures next(Failures before) {
        int count = before == null ? 1 : before.count() + 1;
        if (count <= settings.freeFailures()) {
            return new Failures(count, null);
        }
        int doublings = Math.min(count - settings.freeFailures() - 1, 30);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        return new Failures(count, clock.instant().plus(delay));
    }

    /** Account names are matched as the user store matches them. */
    private static String key(String account) {
        return account == null ? "" : account;
    }
}
