package id.perpustakaan.jembatan.routes;

import java.nio.file.Path;
import id.perpustakaan.jembatan.routes.normalise.ParserSettings;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the harvesting side. Every key, its default and its environment variable are listed in the
 * application's {@code application.yml}.
 *
 * @param originals        where the content-addressed archive of originals lives
 * @param readLockCheck    how long a dropped file's size and modification time must stay unchanged before it is read
 * @param minFreeSpace     while the disk holding an inbox has less free space, its files wait there
 * @param maxFileSize      larger files are refused with a reason
 * @param maxCharacters    extracted text beyond this is cut (and the cut recorded)
 * @param parseTimeout     a document that takes longer to parse is refused with a reason
 * @param summaryLength    characters of text shown as summary when the document has none
 * @param maxCompressionRatio    packages expanding more than this are refused as zip bombs
 * @param maxEmbeddingDepth      files with documents nested deeper than this inside others are refused
 * @param maxUnpackedSize        files whose documents inside, at every level, unpack to more are refused
 * @param maxArchiveEntries      files holding more documents than this, at every level, are refused
 * @param ocr              OCR images and PDF pages without a text layer (needs tesseract on the PATH)
 * @param ocrLanguages     Tesseract models to use, e.g. {@code ind+eng}
 * @param ocrTimeout       for one image or page
 * @param nearDuplicateThreshold estimated share of word shingles two texts must have in common to be one document
 * @param retries          further attempts at an item when Kafka or the disk failed (not the item)
 * @param retryDelay       pause before the first further attempt; doubles with each
 * @param workers          threads that read, normalise and publish dropped files; 0: two per core
 * @param shares           how the harvesting instances share the sources
 * @param memory           how the harvest memory is restored at start
 */
@ConfigurationProperties("jembatan.harvest")
public record HarvestProperties(
        Path originals,
        Duration readLockCheck,
        DataSize minFreeSpace,
        DataSize maxFileSize,
        int maxCharacters,
        Duration parseTimeout,
        int summaryLength,
        long maxCompressionRatio,
        int maxEmbeddingDepth,
        DataSize maxUnpackedSize,
        int maxArchiveEntries,
        boolean ocr,
        String ocrLanguages,
        Duration ocrTimeout,
        double nearDuplicateThreshold,
        int retries,
        Duration retryDelay,
        int workers,
        Shares shares,
        Memory memory) {

    /**
     * @param group         the harvesting instances' Kafka consumer group
     * @param partitions    of the harvest topic, created with it: sources are spread over them, so no more
     *                      instances than this share the work
     * @param failoverAfter an instance silent this long has its sources moved to the others
     */
    public record Shares(String group, int partitions, Duration failoverAfter) {
        public Shares {
            Objects.requireNonNull(group, "jembatan.harvest.shares.group is not set");
            Objects.requireNonNull(failoverAfter, "jembatan.harvest.shares.failover-after is not set");
            if (partitions <= 0) {
                throw new IllegalArgumentException("jembatan.harvest.shares.partitions is not set (a number above 0)");
            }
        }
    }

    /**
     * @param snapshotWait how long the inbox index may take to answer at start before the documents topic is read
     *                     from its beginning instead
     * @param catchUpLimit how long harvesting waits for the memory at most; what is read later is known later
     */
    public record Memory(Duration snapshotWait, Duration catchUpLimit) {
        public Memory {
            Objects.requireNonNull(snapshotWait, "jembatan.harvest.memory.snapshot-wait is not set");
            Objects.requireNonNull(catchUpLimit, "jembatan.harvest.memory.catch-up-limit is not set");
        }
    }

    public HarvestProperties {
        Objects.requireNonNull(shares, "jembatan.harvest.shares is not set");
        Objects.requireNonNull(memory, "jembatan.harvest.memory is not set");
        // their defaults are written once, in application.yml
        Objects.requireNonNull(readLockCheck, "jembatan.harvest.read-lock-check is not set");
        Objects.requireNonNull(minFreeSpace, "jembatan.harvest.min-free-space is not set");
        Objects.requireNonNull(maxUnpackedSize, "jembatan.harvest.max-unpacked-size is not set");
        if (maxArchiveEntries <= 0) {
            throw new IllegalArgumentException("jembatan.harvest.max-archive-entries is not set (a number above 0)");
        }
    }

    /**
     * The configured number of workers, or two per core: a worker waits for Kafka's acknowledgements about as long
     * as it computes, and the parsers (one per core) need a file waiting each time they finish one.
     */
    @Override
    public int workers() {
        return workers > 0 ? workers : 2 * Runtime.getRuntime().availableProcessors();
    }

    public ParserSettings parserSettings() {
        return new ParserSettings(maxCharacters, parseTimeout, maxCompressionRatio, maxEmbeddingDepth,
                maxUnpackedSize.toBytes(), maxArchiveEntries, ocr, ocrLanguages, ocrTimeout);
    }
}
