package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions.Seen;
import id.perpustakaan.jembatan.routes.normalise.RowLocators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one look at a mirrored folder calls for, from its listing and what the harvest memory knows of the source's
 * places: the files to take (new, changed, or moved: a file at a new place whose bytes are those of a document
 * whose place is gone keeps that document's id), and the documents to withdraw because their file is gone. Pure:
 * reading and hashing are the caller's, through {@link Hasher}.
 *
 * <p>A look that would withdraw more than {@code maxWithdrawalShare} percent of the source's documents at once
 * withdraws none ({@link #held()}): an unmounted share or a folder emptied by mistake looks exactly like that.
 *
 * @param takes    moves first, then new and changed files, at most the limit of a look
 * @param settled  files the memory did not know yet that are unchanged since the document harvested from them
 * @param held     why the removals were held back, when they were
 */
public record MirrorPlan(List<Take> takes, List<MirrorEntry> settled, List<Removal> removals,
                         Optional<String> held) {

    /** Exchange property: the plan of the look under way. */
    public static final String PROPERTY = "JembatanMirrorPlan";

    /** The same plan without the removals of these documents. */
    public MirrorPlan without(Set<String> documentIds) {
        if (documentIds.isEmpty()) {
            return this;
        }
        return new MirrorPlan(takes, settled, removals.stream()
                .filter(removal -> !documentIds.contains(removal.documentId())).toList(), held);
    }

    /** A file to read, and the place it moved from, or null. */
    public record Take(MirrorEntry entry, String movedFrom) {
    }

    /** The sha-256 of a listed file's bytes, or empty when it cannot be read now. */
    @FunctionalInterface
    public interface Hasher {
        Optional<String> sha256(MirrorEntry entry);
    }

    /**
     * @param known    the source's places as the harvest memory knows them, by locator
     * @param handled  what this instance handled already, by locator (taken, or refused, at that size and time)
     * @param quiet    whether a listed file may be taken: one still being written is listed (its document is not
     *                 gone) but not taken
     * @param maxTakes new and changed files taken in one look; the next look takes more
     */
    public static MirrorPlan of(String sourceId, List<MirrorEntry> listed, Map<String, Seen> known,
                                Map<String, MirrorEntry> handled, Predicate<MirrorEntry> quiet, Hasher hasher,
                                int maxTakes, int maxWithdrawalShare) {
        Map<String, MirrorEntry> byLocator = new LinkedHashMap<>();
        listed.stream().sorted(Comparator.comparing(MirrorEntry::locator))
                .forEach(entry -> byLocator.put(entry.locator(), entry));
        Map<String, Seen> gone = goneDocuments(sourceId, byLocator.keySet(), known);

        List<Take> takes = new ArrayList<>();
        Set<String> moved = new HashSet<>();
        matchMoves(byLocator, known, gone, quiet, hasher, takes, moved);

        List<MirrorEntry> settled = new ArrayList<>();
        int changed = 0;
        for (MirrorEntry entry : byLocator.values()) {
            if (moved.contains(entry.locator()) || entry.equals(handled.get(entry.locator())) || !quiet.test(entry)) {
                continue;
            }
            Seen seen = known.get(entry.locator());
            if (seen != null && handled.get(entry.locator()) == null && unchangedSince(seen, entry)) {
                settled.add(entry);
            } else if (changed < maxTakes) {
                takes.add(new Take(entry, null));
                changed++;
            }
        }

        List<Removal> removals = gone.values().stream()
                .sorted(Comparator.comparing(Seen::documentId))
                .map(seen -> removal(sourceId, seen))
                .toList();
        long documents = known.values().stream().map(Seen::documentId).distinct().count();
        Optional<String> held = Optional.empty();
        if (removals.size() > 1 && removals.size() * 100L > (long) maxWithdrawalShare * documents) {
            held = Optional.of(removals.size() + " of the " + documents + " documents of this source are gone from"
                    + " its folder at once, more than " + maxWithdrawalShare + "%: none was withdrawn, in case the"
                    + " folder is not mounted or was emptied by mistake. If the agency removed them on purpose, raise"
                    + " the source's option mirror-max-withdrawal-percent (or remove them in smaller steps)");
            removals = List.of();
        }
        return new MirrorPlan(List.copyOf(takes), List.copyOf(settled), removals, held);
    }

    /**
     * Documents all of whose places were in this source and none of which is listed any more, with the place they
     * were last seen at. A document seen in another source too (the same file handed over twice) lives on there.
     */
    private static Map<String, Seen> goneDocuments(String sourceId, Set<String> listed, Map<String, Seen> known) {
        Map<String, Seen> gone = new HashMap<>();
        known.forEach((locator, seen) -> {
            boolean everyPlaceGone = seen.places().stream().allMatch(place -> place.sourceId().equals(sourceId)
                    && !listed.contains(RowLocators.fileOf(place.locator())));
            if (!listed.contains(RowLocators.fileOf(locator)) && everyPlaceGone) {
                gone.putIfAbsent(seen.documentId(), seen);
            }
        });
        return gone;
    }

    /**
     * A listed file at a place the memory does not know, of the size and bytes of a gone document's original, is
     * that document moved: taken as it, and the document is not gone. Only files of such a size are hashed; while
     * such a file is not quiet yet, the documents it may be wait.
     */
    private static void matchMoves(Map<String, MirrorEntry> listed, Map<String, Seen> known, Map<String, Seen> gone,
                                   Predicate<MirrorEntry> quiet, Hasher hasher, List<Take> takes,
                                   Set<String> moved) {
        if (gone.isEmpty()) {
            return;
        }
        Map<Long, List<Seen>> goneBySize = new HashMap<>();
        gone.values().stream().filter(seen -> seen.originalSha256() != null)
                .forEach(seen -> goneBySize.computeIfAbsent(seen.originalSize(), size -> new ArrayList<>()).add(seen));
        for (MirrorEntry entry : listed.values()) {
            List<Seen> candidates = goneBySize.get(entry.size());
            if (known.containsKey(entry.locator()) || candidates == null || candidates.isEmpty()) {
                continue;
            }
            if (!quiet.test(entry)) {
                // perhaps one of them, moved: compared once it is quiet, withdrawn only if it is not
                candidates.forEach(seen -> gone.remove(seen.documentId()));
                continue;
            }
            Optional<String> sha256 = hasher.sha256(entry);
            if (sha256.isEmpty()) {
                continue;
            }
            candidates.stream().filter(seen -> seen.originalSha256().equals(sha256.get())).findFirst()
                    .ifPresent(seen -> {
                        candidates.remove(seen);
                        gone.remove(seen.documentId());
                        takes.add(new Take(entry, placeIn(seen)));
                        moved.add(entry.locator());
                    });
        }
    }

    private static String placeIn(Seen seen) {
        return seen.places().stream().map(SourceRef::locator).findFirst().orElseThrow();
    }

    /** The file has the size and time the document was harvested with: nothing to read. */
    private static boolean unchangedSince(Seen seen, MirrorEntry entry) {
        return seen.originalSize() == entry.size() && entry.modified().equals(seen.lastModified());
    }

    private static Removal removal(String sourceId, Seen seen) {
        return new Removal(seen.documentId(), sourceId, placeIn(seen), seen.revision(), seen.contentHash(),
                seen.kind() == DocumentKind.REGULATION);
    }
}
