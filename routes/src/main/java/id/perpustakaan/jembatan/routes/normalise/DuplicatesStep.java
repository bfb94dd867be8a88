package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.normalise.dedup.DuplicateMatch;
import id.perpustakaan.jembatan.routes.normalise.dedup.Fingerprint;
import id.perpustakaan.jembatan.routes.normalise.dedup.Fingerprints;
import id.perpustakaan.jembatan.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The same content seen again elsewhere (the same file from another agency, an announcement re-posted with other
 * boilerplate) becomes a new revision of the document it duplicates, with this place added to its sources. The
 * document keeps the agency, kind and file of its first sighting (its primary), so the first agency never loses it;
 * the later agencies find it through {@code sources}, and the id the sighting would have had leads to it.
 */
final class DuplicatesStep implements NormalisationStep {

    private final Duplicates duplicates;

    DuplicatesStep(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public void apply(DocumentDraft draft) {
        Fingerprint fingerprint = Fingerprints.of(draft.text);
        // documents are normalised in parallel: looking up and remembering is one step, so that two copies
        // normalised at the same moment still become one document
        synchronized (duplicates) {
            // the rows of a table are alike by design and told apart by their keys: never one another's copy
            Optional<DuplicateMatch> match = RowLocators.isRow(draft.raw.locator()) ? Optional.empty()
                    : duplicates.find(fingerprint, draft.id);
            if (match.isPresent()) {
                draft.id = match.get().documentId();
                draft.primary = duplicates.primaryOf(draft.id);
            }
            List<SourceRef> seenAt = new ArrayList<>(Duplicates.union(duplicates.placesOf(draft.id), draft.sources));
            // the place a moved file left holds it no longer
            String movedFrom = draft.raw.movedFrom();
            if (movedFrom != null) {
                seenAt.removeIf(place -> place.sourceId().equals(draft.raw.sourceId())
                        && place.locator().equals(movedFrom));
            }
            draft.sources.clear();
            draft.sources.addAll(seenAt);
            duplicates.remember(draft.id, fingerprint, seenAt,
                    draft.primary == null ? draft.ownPrimary() : draft.primary);
        }
    }
}
