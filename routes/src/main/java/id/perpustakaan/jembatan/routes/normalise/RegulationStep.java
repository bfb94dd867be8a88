package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationParser;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationReading;

/**
 * Jenis, nomor, tahun, tentang, the regulations it amends or revokes, and the days it was signed and promulgated,
 * for regulations only; and the title citizens read, built from those fields unless the document's own is better
 * (a header printed twice, in capitals, or the issuing office alone is not).
 */
final class RegulationStep implements NormalisationStep {

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.kind != DocumentKind.REGULATION) {
            return;
        }
        RegulationReading reading = RegulationParser.read(draft.title, draft.text, draft.reference()).orElse(null);
        draft.regulation = reading == null ? null : reading.regulation();
        if (reading != null) {
            draft.title = reading.title();
        }
    }
}
