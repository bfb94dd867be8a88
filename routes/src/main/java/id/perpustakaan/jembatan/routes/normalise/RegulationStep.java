package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationParser;

/** Jenis, nomor, tahun, tentang and the regulations it amends or revokes, for regulations only. */
final class RegulationStep implements NormalisationStep {

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.kind == DocumentKind.REGULATION) {
            draft.regulation = RegulationParser.parse(draft.title, draft.text).orElse(null);
        }
    }
}
