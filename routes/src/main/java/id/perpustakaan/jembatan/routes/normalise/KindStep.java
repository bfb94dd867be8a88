package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.normalise.kind.KindDecision;
import id.perpustakaan.jembatan.routes.normalise.kind.KindRules;

/** Announcement, regulation, programme, news or other, and the rule that decided: the catalogue's word first. */
final class KindStep implements NormalisationStep {

    /** The rule named when the origin's catalogue said what the document is. */
    static final String DECLARED = "declared by its source";

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.declared != null && draft.declared.kind() != null) {
            draft.kind = draft.declared.kind();
            draft.kindRule = DECLARED;
            return;
        }
        KindDecision decision = KindRules.classify(draft.title, draft.text, draft.source.defaultKind());
        draft.kind = decision.kind();
        draft.kindRule = decision.rule();
    }
}
