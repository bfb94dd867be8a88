package id.perpustakaan.jembatan.connectors.sftp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * Decides when a file in an outbox may be taken: once its size and modification time, as the server lists them,
 * stayed the same for the quiet period, so that a file still being uploaded is not published half. It looks at what
 * each poll's listing says, costing no request of its own, and never waits. A file whose exchange completed but
 * could not be moved on the server is left alone for a while, longer each time, instead of being read again at
 * every poll. The folder kind's {@code QuietFiles} decides the same for files on a disk.
 */
public final class QuietRemoteFiles<T> implements GenericFileFilter<T> {

    /** A file that could not be moved waits at most this long between tries. */
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private record Sighting(long size, long modified, Instant since, Instant lastSeen) {
    }

    private record Pause(Instant until, Duration length) {
    }

    private final Duration quietPeriod;
    private final Clock clock;
    private final Map<String, Sighting> sightings = new ConcurrentHashMap<>();
    private final Map<String, Pause> pauses = new ConcurrentHashMap<>();
    private volatile Instant lastPruned = Instant.MIN;

    public QuietRemoteFiles(Duration quietPeriod, Clock clock) {
        this.quietPeriod = quietPeriod;
        this.clock = clock;
    }

    @Override
    public boolean accept(GenericFile<T> file) {
        if (file.isDirectory() || !inOutbox(file.getFileName())) {
            return false;
        }
        String path = file.getAbsoluteFilePath();
        Instant now = clock.instant();
        prune(now);
        Pause pause = pauses.get(path);
        if (pause != null && now.isBefore(pause.until())) {
            return false;
        }
        Sighting seen = sightings.get(path);
        if (seen == null || seen.size() != file.getFileLength() || seen.modified() != file.getLastModified()) {
            sightings.put(path, new Sighting(file.getFileLength(), file.getLastModified(), now, now));
            return false;
        }
        sightings.put(path, new Sighting(seen.size(), seen.modified(), seen.since(), now));
        return Duration.between(seen.since(), now).compareTo(quietPeriod) >= 0;
    }

    /** The file's exchange completed but it could not be moved: try again later, less often each time. */
    public void pause(String path) {
        sightings.remove(path);
        pauses.compute(path, (key, previous) -> {
            Duration length = previous == null ? quietPeriod : previous.length().multipliedBy(2);
            length = length.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : length;
            return new Pause(clock.instant().plus(length), length);
        });
    }

    /** The file was moved, or its exchange failed: a file of that name is new when it next appears. */
    public void forget(String path) {
        sightings.remove(path);
        pauses.remove(path);
    }

    private void prune(Instant now) {
        if (Duration.between(lastPruned, now).compareTo(Duration.ofMinutes(1)) < 0) {
            return;
        }
        lastPruned = now;
        Duration horizon = LONGEST_PAUSE.plus(quietPeriod.multipliedBy(10));
        // files removed from the outbox before they were taken
        sightings.values().removeIf(seen -> Duration.between(seen.lastSeen(), now).compareTo(horizon) > 0);
        pauses.values().removeIf(pause -> Duration.between(pause.until(), now).compareTo(horizon) > 0);
    }

    /**
     * Whether a name the server listed is a file of the outbox itself. A name with a separator or a dot-dot would
     * have the file read and moved elsewhere with the source's account: camel-ftp 4.22.0 follows such names
     * (CVE-2026-79983, fixed in 4.22.1, which is not served here yet), so they are never taken. A look at a mirrored
     * folder on any server keeps the same rule for every name it lists.
     */
    public static boolean inOutbox(String name) {
        return name != null && !name.isEmpty() && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && !name.equals(".") && !name.equals("..");
    }
}
