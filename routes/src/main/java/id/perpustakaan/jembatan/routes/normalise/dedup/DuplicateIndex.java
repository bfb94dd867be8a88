package id.perpustakaan.jembatan.routes.normalise.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory index of document fingerprints that answers "which indexed document is this one again?".
 *
 * <p>Exact duplicates are found by the hash of the normalised text. Near duplicates are found by MinHash
 * with locality-sensitive hashing: each signature is cut into bands (see {@link LshBanding}), documents
 * sharing a band are candidates, and only candidates are compared over the whole signature, so a lookup
 * costs about the same with ten documents as with tens of thousands.
 *
 * <p>Thread-safe: lookups share a read lock, changes take the write lock.
 */
public final class DuplicateIndex {

    /**
     * The default near-duplicate threshold on estimated Jaccard similarity, 0.6 rather than the often
     * quoted 0.8, because of what the two kinds of pair measure here (see {@code DuplicateIndexTest}):
     * <ul>
     *   <li>a 400-word announcement re-posted on the city portal, its body intact but with the portal's
     *       header, a "Sumber:" line, its own credits and footer, and without the original letterhead,
     *       signature and distribution list, shares 0.75 of its five-word shingles with the original:
     *       boilerplate on both sides counts against the union, so 0.8 would miss the re-post;</li>
     *   <li>the same agency's template filled in for another programme and year, with the same letterhead,
     *       signature, stock sentences and contact, shares 0.26.</li>
     * </ul>
     * 0.6 is four standard errors of the 128-value estimate (about 0.04) below the re-post and far above
     * the other programme, and errs towards keeping documents apart: a missed merge shows the library one
     * announcement twice, a wrong merge hides one. Shorter notices lose a larger share of their shingles to
     * changed boilerplate and gain a larger share from a shared template, so neither figure holds for a
     * 100-word notice; there the exact hash does most of the work.
     */
    public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.6;

    private final double threshold;
    private final LshBanding banding;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Set<String>> idsByExactHash = new HashMap<>();
    // arrays rather than sets: almost every bucket holds one id, and a set per bucket would cost several
    // times the memory of the signatures (42 buckets per document at 0.6). The arrays are never changed
    // in place, so one array may sit in several buckets.
    private final List<Map<Long, String[]>> idsByBandKey;
    private long nextSequence;

    /** The sequence breaks ties in favour of the document indexed first, the one others merge into. */
    private record Entry(Fingerprint fingerprint, long sequence) {
    }

    public DuplicateIndex() {
        this(DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    }

    /** @param nearDuplicateThreshold least estimated Jaccard similarity for a near match, in (0, 1] */
    public DuplicateIndex(double nearDuplicateThreshold) {
        if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate threshold must be above 0 and at most 1, got "
                    + nearDuplicateThreshold + " (" + DEFAULT_NEAR_DUPLICATE_THRESHOLD + " suits announcements)");
        }
        this.threshold = nearDuplicateThreshold;
        this.banding = LshBanding.forThreshold(nearDuplicateThreshold, Fingerprints.SIGNATURE_LENGTH);
        this.idsByBandKey = new ArrayList<>(banding.bands());
        for (int band = 0; band < banding.bands(); band++) {
            idsByBandKey.add(new HashMap<>());
        }
    }

    public double nearDuplicateThreshold() {
        return threshold;
    }

    /**
     * Indexes a document, replacing what was indexed under the same id before (an earlier revision).
     * A fingerprint without content is remembered but never matched.
     */
    public void add(String documentId, Fingerprint fingerprint) {
        Objects.requireNonNull(documentId, "documentId must not be null");
        requireComparable(fingerprint, "document '" + documentId + "'");
        lock.writeLock().lock();
        try {
            Entry previous = unindex(documentId);
            long sequence = previous != null ? previous.sequence() : nextSequence++;
            entries.put(documentId, new Entry(fingerprint, sequence));
            if (fingerprint.hasContent()) {
                idsByExactHash.computeIfAbsent(fingerprint.exactHash(), hash -> new HashSet<>()).add(documentId);
                String[] justThisOne = {documentId};
                for (int band = 0; band < banding.bands(); band++) {
                    idsByBandKey.get(band).merge(bandKey(fingerprint, band), justThisOne, DuplicateIndex::concat);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a document; an id that is not indexed is ignored. */
    public void remove(String documentId) {
        Objects.requireNonNull(documentId, "documentId must not be null");
        lock.writeLock().lock();
        try {
            unindex(documentId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<DuplicateMatch> find(Fingerprint fingerprint) {
        return find(fingerprint, null);
    }

    /**
     * The indexed document that best matches: an exact duplicate if there is one, otherwise the most
     * similar document at or above the threshold, the earlier indexed one on a tie.
     *
     * @param excludeDocumentId the document being checked, so that a new revision of it is not reported
     *                          as its own duplicate; may be null
     */
    public Optional<DuplicateMatch> find(Fingerprint fingerprint, String excludeDocumentId) {
        requireComparable(fingerprint, "the fingerprint looked up");
        if (!fingerprint.hasContent()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            Optional<DuplicateMatch> exact = findExact(fingerprint, excludeDocumentId);
            return exact.isPresent() ? exact : findNear(fingerprint, excludeDocumentId);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Optional<DuplicateMatch> findExact(Fingerprint fingerprint, String excludeDocumentId) {
        String best = null;
        for (String id : idsByExactHash.getOrDefault(fingerprint.exactHash(), Set.of())) {
            if (!id.equals(excludeDocumentId) && (best == null || isEarlier(id, best))) {
                best = id;
            }
        }
        return Optional.ofNullable(best).map(id -> new DuplicateMatch(id, 1.0, true));
    }

    private Optional<DuplicateMatch> findNear(Fingerprint fingerprint, String excludeDocumentId) {
        Set<String> candidates = new HashSet<>();
        for (int band = 0; band < banding.bands(); band++) {
            String[] ids = idsByBandKey.get(band).get(bandKey(fingerprint, band));
            if (ids != null) {
                candidates.addAll(Arrays.asList(ids));
            }
        }
        candidates.remove(excludeDocumentId);
        String best = null;
        double bestSimilarity = -1;
        for (String id : candidates) {
            double similarity = fingerprint.similarity(entries.get(id).fingerprint());
            if (similarity > bestSimilarity || similarity == bestSimilarity && isEarlier(id, best)) {
                best = id;
                bestSimilarity = similarity;
            }
        }
        return best != null && bestSimilarity >= threshold
                ? Optional.of(new DuplicateMatch(best, bestSimilarity, false))
                : Optional.empty();
    }

    private boolean isEarlier(String id, String other) {
        return entries.get(id).sequence() < entries.get(other).sequence();
    }

    private Entry unindex(String documentId) {
        Entry previous = entries.remove(documentId);
        if (previous == null || !previous.fingerprint().hasContent()) {
            return previous;
        }
        Fingerprint fingerprint = previous.fingerprint();
        Set<String> sameText = idsByExactHash.get(fingerprint.exactHash());
        if (sameText.remove(documentId) && sameText.isEmpty()) {
            idsByExactHash.remove(fingerprint.exactHash());
        }
        for (int band = 0; band < banding.bands(); band++) {
            idsByBandKey.get(band).computeIfPresent(bandKey(fingerprint, band), (key, ids) -> without(ids, documentId));
        }
        return previous;
    }

    private static String[] concat(String[] ids, String[] more) {
        String[] joined = Arrays.copyOf(ids, ids.length + more.length);
        System.arraycopy(more, 0, joined, ids.length, more.length);
        return joined;
    }

    /** The ids without the given one, or null (which removes the bucket) when none remain. */
    private static String[] without(String[] ids, String documentId) {
        String[] remaining = new String[ids.length - 1];
        int kept = 0;
        for (String id : ids) {
            if (!id.equals(documentId)) {
                if (kept == remaining.length) {
                    return ids;
                }
                remaining[kept++] = id;
            }
        }
        return remaining.length == 0 ? null : remaining;
    }

    // one 64-bit key per band instead of the band's values: a collision only adds a candidate to verify
    private long bandKey(Fingerprint fingerprint, int band) {
        long key = band;
        int first = band * banding.rows();
        for (int row = first; row < first + banding.rows(); row++) {
            key = SplitMix64.mix(key ^ fingerprint.minHashAt(row));
        }
        return key;
    }

    private static void requireComparable(Fingerprint fingerprint, String whose) {
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        if (fingerprint.hasContent() && fingerprint.signatureLength() != Fingerprints.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("fingerprint of " + whose + " has " + fingerprint.signatureLength()
                    + " hash values, the index expects " + Fingerprints.SIGNATURE_LENGTH
                    + " (recompute it with Fingerprints.of)");
        }
    }
}
