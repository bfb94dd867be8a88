package id.perpustakaan.jembatan.routes.errors;

import id.perpustakaan.jembatan.model.DeadLetter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refusals that repeat: a feed that stays unreadable is refused on every run, and one dead letter a minute saying
 * the same thing buries the others. The first is written; the repeats are counted here, shown beside it to
 * librarians, until the item is accepted again (then a new refusal is news and written again). Kept in memory: after
 * a restart the first refusal is written once more.
 */
public final class RepeatedRefusals {

    /**
     * @param repeats  refusals after the one written, with the same reason
     * @param lastSeen when the latest of them happened
     */
    public record Tally(int repeats, Instant lastSeen) {
    }

    private record Key(String sourceId, String locator, String stage, String reason) {
        static Key of(DeadLetter letter) {
            return new Key(letter.sourceId(), letter.locator(), letter.stage(), letter.reason());
        }
    }

    private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
    private final Clock clock;

    public RepeatedRefusals(Clock clock) {
        this.clock = clock;
    }

    /** Whether this refusal says something new and must be written; when not, it is counted. */
    public boolean isNew(DeadLetter letter) {
        boolean[] fresh = {false};
        tallies.compute(Key.of(letter), (key, tally) -> {
            if (tally == null) {
                fresh[0] = true;
                return new Tally(0, clock.instant());
            }
            return new Tally(tally.repeats() + 1, clock.instant());
        });
        return fresh[0];
    }

    /** The item was accepted: its earlier refusals are history, and the next one is written. */
    public void resolved(String sourceId, String locator) {
        tallies.keySet().removeIf(key -> Objects.equals(key.sourceId(), sourceId)
                && Objects.equals(key.locator(), locator));
    }

    /** How often the refusal this dead letter records happened again since; empty when it did not. */
    public Optional<Tally> of(DeadLetter letter) {
        return Optional.ofNullable(tallies.get(Key.of(letter))).filter(tally -> tally.repeats() > 0);
    }
}
