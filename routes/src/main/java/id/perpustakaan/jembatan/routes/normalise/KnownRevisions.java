package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest revision of each document on the documents topic, as far as change detection needs it: content
 * hash, places seen, and what the origin said (ETag, Last-Modified) so that the next fetch can be conditional.
 * Filled at start-up in the background ({@link #loading()}, {@link DocumentsTopicFollower}) and kept up with the
 * topic, so that another instance's documents are known too; also updated after each publish Kafka acknowledged.
 */
public final class KnownRevisions {

    /**
     * Kafka header of a documents record naming the instance that wrote it: what an instance published it
     * remembered when Kafka acknowledged it, so it skips its own records on the topic without reading them.
     */
    public static final String WRITER_HEADER = "JembatanWriter";

    private final CompletableFuture<Void> loaded;
    /** This instance, as {@link #WRITER_HEADER} names it; new at every start. */
    private final String writer = UUID.randomUUID().toString();

    /**
     * What is known of a document's latest revision.
     *
     * @param lastModified   what the origin said of its time (a file's modification time)
     * @param originalSha256 the fetched bytes' hash, or null without an original: what recognises a moved file
     * @param originalSize   their size, or -1
     */
    public record Seen(String documentId, long revision, String contentHash, List<SourceRef> places, String etag,
                       Instant lastModified, DocumentKind kind, String originalSha256, long originalSize) {
    }

    private final Map<String, Seen> byDocument = new ConcurrentHashMap<>();
    private final Map<String, Seen> byPlace = new ConcurrentHashMap<>();

    /** Knows nothing yet, and has nothing to wait for. */
    public KnownRevisions() {
        this(CompletableFuture.completedFuture(null));
    }

    private KnownRevisions(CompletableFuture<Void> loaded) {
        this.loaded = loaded;
    }

    /** To be filled from the documents topic: {@link #awaitLoaded()} waits until {@link #loadedNow()}. */
    public static KnownRevisions loading() {
        return new KnownRevisions(new CompletableFuture<>());
    }

    public void loadedNow() {
        loaded.complete(null);
    }

    public void couldNotLoad(RuntimeException reason) {
        loaded.completeExceptionally(reason);
    }

    /**
     * Waits until what the documents topic knows has been read: before that an old file would look new, and a
     * copy of a document harvested last week would not be recognised as one.
     */
    public void awaitLoaded() {
        try {
            loaded.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the harvest memory could not be read from Kafka at start ("
                    + e.getCause().getMessage() + "); restart Jembatan once Kafka answers", e.getCause());
        }
    }

    /** Same content, seen in no new place: publishing it again would only add a revision nobody can tell apart. */
    public boolean unchanged(Document document) {
        Seen seen = byDocument.get(document.id());
        return seen != null && seen.contentHash().equals(document.contentHash())
                && seen.places().containsAll(document.sources());
    }

    /**
     * Whether this revision is not older than what is known of the document (or the document is not known): the
     * same revision again may carry new places (a file moved in a mirrored folder keeps its revision).
     */
    public boolean isNotOlder(Document document) {
        Seen seen = byDocument.get(document.id());
        return seen == null || document.revision() >= seen.revision();
    }

    /** What is known of a document's latest revision. */
    public Optional<Seen> of(String documentId) {
        return Optional.ofNullable(byDocument.get(documentId));
    }

    /** What this instance writes into {@link #WRITER_HEADER}. */
    public String writer() {
        return writer;
    }

    /** Whether a record with this {@link #WRITER_HEADER} was published here, and is remembered already. */
    public boolean wroteHere(String recordWriter) {
        return writer.equals(recordWriter);
    }

    public boolean knows(String documentId) {
        return byDocument.containsKey(documentId);
    }

    public void remember(Document document) {
        String etag = document.provenance() == null ? null : document.provenance().etag();
        Instant lastModified = document.provenance() == null ? null : document.provenance().lastModified();
        OriginalFile original = document.original();
        Seen seen = new Seen(document.id(), document.revision(), document.contentHash(), document.sources(), etag,
                lastModified, document.kind(), original == null ? null : original.sha256(),
                original == null ? -1 : original.size());
        Seen before = byDocument.put(document.id(), seen);
        // a place the document left (a file moved within a mirrored folder) is no longer its
        if (before != null) {
            before.places().stream().filter(place -> !document.sources().contains(place))
                    .forEach(place -> byPlace.remove(key(place.sourceId(), place.locator()), before));
        }
        document.sources().forEach(place -> byPlace.put(key(place.sourceId(), place.locator()), seen));
    }

    public void forget(String documentId) {
        Seen seen = byDocument.remove(documentId);
        if (seen != null) {
            seen.places().forEach(place -> byPlace.remove(key(place.sourceId(), place.locator()), seen));
        }
    }

    /** The latest revision seen at a source's locator (a URL for web sources), for a conditional fetch. */
    public Optional<Seen> at(String sourceId, String locator) {
        return Optional.ofNullable(byPlace.get(key(sourceId, locator)));
    }

    /** Every place of a source with the latest revision seen there, by locator: what a mirrored folder held. */
    public Map<String, Seen> placesOf(String sourceId) {
        String prefix = key(sourceId, "");
        Map<String, Seen> places = new HashMap<>();
        byPlace.forEach((key, seen) -> {
            if (key.startsWith(prefix)) {
                places.put(key.substring(prefix.length()), seen);
            }
        });
        return places;
    }

    public int size() {
        return byDocument.size();
    }

    private static String key(String sourceId, String locator) {
        return sourceId + "\n" + locator;
    }
}
