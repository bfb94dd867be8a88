package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.normalise.dedup.DuplicateIndex;
import id.perpustakaan.jembatan.routes.normalise.dedup.DuplicateMatch;
import id.perpustakaan.jembatan.routes.normalise.dedup.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What has been harvested, as far as duplicates are concerned: each document's fingerprint and every place it was
 * seen, and its primary: the first sighting, whose agency, kind and file the document keeps whoever publishes the
 * same content later (a Diskominfo announcement stays Diskominfo's when Disdik re-posts it). Kept up with the
 * documents topic ({@link DocumentsTopicFollower}), so it survives restarts and knows what other instances harvest.
 * Thread-safe: documents are normalised on several threads.
 */
public final class Duplicates {

    private final DuplicateIndex index;
    private final Map<String, List<SourceRef>> places = new ConcurrentHashMap<>();
    private final Map<String, Primary> primaries = new ConcurrentHashMap<>();

    /** What a merged document keeps from its first sighting. */
    public record Primary(String sourceId, Agency agency, DocumentKind kind, String kindRule, String url,
                          OriginalFile original) {

        public static Primary of(Document document) {
            return new Primary(document.sourceId(), document.agency(), document.kind(),
                    document.provenance() == null ? null : document.provenance().kindRule(), document.url(),
                    document.original());
        }
    }

    public Duplicates(double nearDuplicateThreshold) {
        this.index = new DuplicateIndex(nearDuplicateThreshold);
    }

    /** The document this content already is, other than {@code documentId} itself. */
    synchronized Optional<DuplicateMatch> find(Fingerprint fingerprint, String documentId) {
        return index.find(fingerprint, documentId);
    }

    synchronized List<SourceRef> placesOf(String documentId) {
        return places.getOrDefault(documentId, List.of());
    }

    /** The first sighting of a document, {@code null} when it is not known. */
    synchronized Primary primaryOf(String documentId) {
        return primaries.get(documentId);
    }

    /** Records a document's latest content, places and primary; the same id again replaces what was known. */
    public synchronized void remember(String documentId, Fingerprint fingerprint, List<SourceRef> seenAt,
                                      Primary primary) {
        index.add(documentId, fingerprint);
        places.put(documentId, List.copyOf(new LinkedHashSet<>(seenAt)));
        primaries.put(documentId, primary);
    }

    public synchronized void forget(String documentId) {
        index.remove(documentId);
        places.remove(documentId);
        primaries.remove(documentId);
    }

    public synchronized int size() {
        return index.size();
    }

    /** Every place once, in the order first seen; a place seen again is replaced by its latest form. */
    static List<SourceRef> union(List<SourceRef> known, List<SourceRef> added) {
        Map<String, SourceRef> all = new LinkedHashMap<>();
        known.forEach(place -> all.put(place.documentId(), place));
        added.forEach(place -> all.put(place.documentId(), place));
        return new ArrayList<>(all.values());
    }
}
