package id.perpustakaan.jembatan.indexer.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synonyms in force: the librarians' file when one is configured, read again when it changes (looked at no more
 * often than every few seconds), otherwise the default shipped with the application. A broken edit is logged with
 * its line and the previous synonyms stay in force, so a typo never takes the search down.
 */
public final class SynonymsFile implements Supplier<Synonyms> {

    private static final Logger log = LoggerFactory.getLogger(SynonymsFile.class);
    static final String DEFAULT_RESOURCE = "/search/synonyms.txt";
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    private final Path file;
    private final Clock clock;
    private volatile Synonyms current;
    private volatile FileTime seenVersion;
    private volatile Instant nextCheck = Instant.MIN;

    /** @param file the librarians' file, or {@code null} for the default */
    public SynonymsFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        if (file == null) {
            current = shippedDefault();
            log.info("search synonyms: the default list (set jembatan.search.synonyms-file to edit them)");
            return;
        }
        try {
            seenVersion = Files.getLastModifiedTime(file);
            current = Synonyms.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            log.info("search synonyms: read from {}", file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("synonyms file (jembatan.search.synonyms-file) not usable: "
                    + e.getMessage() + "; fix it, or unset the key to use the default synonyms", e);
        }
    }

    @Override
    public Synonyms get() {
        if (file != null && clock.instant().isAfter(nextCheck)) {
            nextCheck = clock.instant().plus(CHECK_EVERY);
            reloadIfChanged();
        }
        return current;
    }

    private synchronized void reloadIfChanged() {
        FileTime version;
        try {
            version = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            log.warn("search synonyms: cannot look at {} ({}); the previous synonyms stay in force", file,
                    e.toString());
            return;
        }
        if (version.equals(seenVersion)) {
            return;
        }
        seenVersion = version;
        try {
            current = Synonyms.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            log.info("search synonyms: read {} again", file);
        } catch (IOException | RuntimeException e) {
            log.warn("search synonyms: {} not used ({}); the previous synonyms stay in force", file, e.getMessage());
        }
    }

    private static Synonyms shippedDefault() {
        try (InputStream in = SynonymsFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return Synonyms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
