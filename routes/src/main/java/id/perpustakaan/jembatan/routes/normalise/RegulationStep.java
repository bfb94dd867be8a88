package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationParser;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationReading;

/**
 * Jenis, nomor, tahun, tentang, the regulations it amends or revokes, and the days it was signed and promulgated,
 * for regulations only; and the title citizens read, built from those fields unless the document's own is better
 * (a header printed twice, in capitals, or the issuing office alone is not). What the origin's catalogue declared
 * (a JDIHN record's number, dates, status…) wins; the text adds what it left empty.
 */
final class RegulationStep implements NormalisationStep {

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.kind != DocumentKind.REGULATION) {
            return;
        }
        RegulationReading reading = RegulationParser.read(draft.title, draft.text, draft.reference()).orElse(null);
        Regulation read = reading == null ? null : reading.regulation();
        Regulation declared = draft.declared == null ? null : draft.declared.regulation();
        draft.regulation = declared == null ? read : declared.declaredOver(read);
        if (reading != null) {
            draft.title = reading.title();
        }
    }
}
