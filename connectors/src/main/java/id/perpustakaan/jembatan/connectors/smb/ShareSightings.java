package id.perpustakaan.jembatan.connectors.smb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which files of a share's listing may be taken: those whose size and last write stayed the same for the quiet
 * period since a run first saw them so, as the folder kind's {@code QuietFiles} decides for a local inbox (a copy
 * under way on a share changes its size or time between runs). A file its run could not move (a reason that could
 * not be written, a share the account may read but not change) waits before it is taken again, longer each time.
 */
public final class ShareSightings {

    /** The longest wait between tries of a file that could not be moved. */
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private record Sighting(long size, Instant lastWrite, Instant since) {
    }

    private record Pause(Instant until, Duration length) {
    }

    private final Duration quietPeriod;
    private final Clock clock;
    private final Map<String, Map<String, Sighting>> sightings = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Pause>> pauses = new ConcurrentHashMap<>();

    public ShareSightings(Duration quietPeriod, Clock clock) {
        this.quietPeriod = quietPeriod;
        this.clock = clock;
    }

    /**
     * Remembers what a run of the source listed and returns the entries that may be taken now, in the listing's
     * order. What is no longer listed (moved, removed by the agency) is forgotten.
     */
    public List<ShareEntry> quiet(String sourceId, List<ShareEntry> listed) {
        Instant now = clock.instant();
        Map<String, Sighting> seen = sightings.computeIfAbsent(sourceId, id -> new ConcurrentHashMap<>());
        Map<String, Pause> paused = pauses.computeIfAbsent(sourceId, id -> new ConcurrentHashMap<>());
        Set<String> names = listed.stream().map(ShareEntry::name).collect(Collectors.toSet());
        seen.keySet().retainAll(names);
        paused.keySet().retainAll(names);
        return listed.stream().filter(entry -> {
            Sighting before = seen.get(entry.name());
            if (before == null || before.size() != entry.size() || !before.lastWrite().equals(entry.lastWrite())) {
                seen.put(entry.name(), new Sighting(entry.size(), entry.lastWrite(), now));
                return false;
            }
            Pause pause = paused.get(entry.name());
            return Duration.between(before.since(), now).compareTo(quietPeriod) >= 0
                    && (pause == null || !now.isBefore(pause.until()));
        }).toList();
    }

    /** The file stayed on the share after its run: it is taken again later, after twice the last wait. */
    public void stayed(String sourceId, String name) {
        pauses.computeIfAbsent(sourceId, id -> new ConcurrentHashMap<>()).compute(name, (key, previous) -> {
            Duration length = previous == null ? quietPeriod : previous.length().multipliedBy(2);
            length = length.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : length;
            return new Pause(clock.instant().plus(length), length);
        });
    }

    /** The file left the folder, or its exchange failed and it is tried again as soon as it is quiet. */
    public void forget(String sourceId, String name) {
        sightings.getOrDefault(sourceId, Map.of()).remove(name);
        pauses.getOrDefault(sourceId, Map.of()).remove(name);
    }
}
