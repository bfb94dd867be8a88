package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.model.PrintableText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.component.file.GenericFileOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when a dropped file may be taken: once its size and modification time stayed the same for the quiet
 * period, and only while the disk holding its inbox has the minimum free space (a copy cut short by a full disk
 * must not be published half). Nothing waits in a loop: each poll looks once and remembers what it saw.
 *
 * <p>Used by the folder endpoint both as its {@code filter}, so that files not ready yet take none of a poll's
 * places, and as its {@code exclusiveReadLockStrategy}, which looks again just before the file is read. Camel's own
 * {@code readLock=changed} either trusts the modification time alone ({@code readLockMinAge}) or sleeps on the
 * poll thread for every file; its marker files also break names near the length limit.
 */
public final class QuietFiles implements GenericFileFilter<File>, GenericFileExclusiveReadLockStrategy<File> {

    /** The free space of the file system holding a directory; a seam, so that tests can fill a disk. */
    @FunctionalInterface
    public interface UsableSpace {
        long of(Path directory) throws IOException;
    }

    public static final UsableSpace FILE_SYSTEM = directory -> directory.toFile().getUsableSpace();

    private static final Logger LOG = LoggerFactory.getLogger(QuietFiles.class);

    /** A file its exchange could not move (its reason could not be written…) waits at most this long between tries. */
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private record Sighting(long size, FileTime modified, Instant since, Instant lastSeen) {
    }

    private record Pause(Instant until, Duration length) {
    }

    private final Duration quietPeriod;
    private final long minFreeBytes;
    private final Clock clock;
    private final UsableSpace usableSpace;
    private final Map<Path, Sighting> sightings = new ConcurrentHashMap<>();
    private final Map<Path, Pause> pauses = new ConcurrentHashMap<>();
    private final Set<Path> fullInboxes = ConcurrentHashMap.newKeySet();
    private volatile Instant lastPruned = Instant.MIN;

    public QuietFiles(Duration quietPeriod, long minFreeBytes, Clock clock, UsableSpace usableSpace) {
        this.quietPeriod = quietPeriod;
        this.minFreeBytes = minFreeBytes;
        this.clock = clock;
        this.usableSpace = usableSpace;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        return file.isDirectory() || ready(file.getFile());
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) {
        return ready(file.getFile());
    }

    private boolean ready(File listed) {
        Optional<Path> onDisk = InboxNames.onDisk(listed);
        if (onDisk.isEmpty()) {
            return false;
        }
        Path file = onDisk.get();
        Instant now = clock.instant();
        prune(now);
        Pause pause = pauses.get(file);
        return (pause == null || !now.isBefore(pause.until())) && hasRoom(file.getParent()) && quiet(file, now);
    }

    /** Whether the file's size and modification time have not changed for the quiet period; remembers them if so. */
    private boolean quiet(Path file, Instant now) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            sightings.remove(file);
            return false;
        } catch (IOException e) {
            LOG.debug("cannot read the size of {}: {}", PrintableText.of(file.toString()), e.toString());
            return false;
        }
        Sighting seen = sightings.get(file);
        if (seen == null || seen.size() != attributes.size() || !seen.modified().equals(attributes.lastModifiedTime())) {
            sightings.put(file, new Sighting(attributes.size(), attributes.lastModifiedTime(), now, now));
            return false;
        }
        sightings.put(file, new Sighting(seen.size(), seen.modified(), seen.since(), now));
        return Duration.between(seen.since(), now).compareTo(quietPeriod) >= 0;
    }

    private boolean hasRoom(Path inbox) {
        long free;
        try {
            free = usableSpace.of(inbox);
        } catch (IOException e) {
            free = -1;
        }
        if (free >= minFreeBytes) {
            if (fullInboxes.remove(inbox)) {
                LOG.info("inbox {}: the disk holding it has {} MB free again; its files are taken again",
                        PrintableText.of(inbox.toString()), free / 1_048_576);
            }
            return true;
        }
        if (fullInboxes.add(inbox)) {
            LOG.warn("inbox {}: the disk holding it has {} free, less than jembatan.harvest.min-free-space ({} MB):"
                            + " its files wait there until space is freed", PrintableText.of(inbox.toString()),
                    free < 0 ? "an unknown amount" : free / 1_048_576 + " MB", minFreeBytes / 1_048_576);
        }
        // a copy that ran into the full disk must be seen quiet again, after space returned, before it is taken
        sightings.keySet().removeIf(file -> inbox.equals(file.getParent()));
        return false;
    }

    private void prune(Instant now) {
        Duration horizon = LONGEST_PAUSE.plus(quietPeriod.multipliedBy(10));
        if (Duration.between(lastPruned, now).compareTo(Duration.ofMinutes(1)) < 0) {
            return;
        }
        lastPruned = now;
        // files removed from the inbox before they were taken
        sightings.values().removeIf(seen -> Duration.between(seen.lastSeen(), now).compareTo(horizon) > 0);
        pauses.values().removeIf(pause -> Duration.between(pause.until(), now).compareTo(horizon) > 0);
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
                                                 Exchange exchange) {
        InboxNames.onDisk(file.getFile()).ifPresentOrElse(stillThere -> {
            // its exchange completed but could not move it: try again later, less often each time
            sightings.remove(stillThere);
            pauses.compute(stillThere, (path, previous) -> {
                Duration length = previous == null ? quietPeriod : previous.length().multipliedBy(2);
                length = length.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : length;
                return new Pause(clock.instant().plus(length), length);
            });
        }, () -> forget(file));
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
                                                   Exchange exchange) {
        forget(file);
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
                                                Exchange exchange) {
        forget(file);
    }

    private void forget(GenericFile<File> file) {
        Path listed = file.getFile().toPath();
        sightings.remove(listed);
        pauses.remove(listed);
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint) {
        // no marker files to clean up: nothing is written beside a file while it is read
    }

    @Override
    public void setTimeout(long timeout) {
        // never waits: a file that is not ready is looked at again on the next poll
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        // the quiet period is given to the constructor
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel readLockLoggingLevel) {
        // logs its own decisions: once when a disk fills up, once when space returns
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        // writes no marker files; one harvest instance at a time runs a source
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        // writes no marker files
    }
}
