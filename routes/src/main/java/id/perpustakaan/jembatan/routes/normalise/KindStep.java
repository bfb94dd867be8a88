package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.normalise.kind.KindDecision;
import id.perpustakaan.jembatan.routes.normalise.kind.KindRules;

/** Announcement, regulation, programme, news or other, and the rule that decided. */
final class KindStep implements NormalisationStep {

    @Override
    public void apply(DocumentDraft draft) {
        KindDecision decision = KindRules.classify(draft.title, draft.text, draft.source.defaultKind());
        draft.kind = decision.kind();
        draft.kindRule = decision.rule();
    }
}
