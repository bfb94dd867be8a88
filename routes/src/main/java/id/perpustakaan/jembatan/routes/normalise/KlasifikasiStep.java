package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.routes.normalise.klasifikasi.KlasifikasiRules;

/**
 * The document's class of public information: the one its agency declared (a sidecar), else from its title and
 * kind and its source's class. A source whose documents are exempt keeps them exempt whatever a file says.
 */
final class KlasifikasiStep implements NormalisationStep {

    @Override
    public void apply(DocumentDraft draft) {
        Klasifikasi declared = draft.declared == null ? null : draft.declared.klasifikasi();
        draft.klasifikasi = declared != null && draft.source.klasifikasi() != Klasifikasi.DIKECUALIKAN ? declared
                : KlasifikasiRules.classify(draft.title, draft.kind, draft.source.klasifikasi());
    }
}
