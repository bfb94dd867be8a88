package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.normalise.dedup.DuplicateIndex;
import id.perpustakaan.jembatan.routes.normalise.dedup.DuplicateMatch;
import id.perpustakaan.jembatan.routes.normalise.dedup.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What has been harvested, as far as duplicates are concerned: each document's fingerprint and every place it was
 * seen. Rebuilt from the documents topic at start-up ({@link DocumentsTopicLoader}), so it survives restarts without a
 * database of its own. Thread-safe: documents are normalised on several threads.
 */
public final class Duplicates {

    private final DuplicateIndex index;
    private final Map<String, List<SourceRef>> places = new ConcurrentHashMap<>();

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

    /** Records a document's latest content and places; the same id again replaces what was known. */
    public synchronized void remember(String documentId, Fingerprint fingerprint, List<SourceRef> seenAt) {
        index.add(documentId, fingerprint);
        places.put(documentId, List.copyOf(new LinkedHashSet<>(seenAt)));
    }

    public synchronized void forget(String documentId) {
        index.remove(documentId);
        places.remove(documentId);
    }

    public synchronized int size() {
        return index.size();
    }

    static List<SourceRef> union(List<SourceRef> known, List<SourceRef> added) {
        LinkedHashSet<SourceRef> all = new LinkedHashSet<>(known);
        all.addAll(added);
        return new ArrayList<>(all);
    }
}
