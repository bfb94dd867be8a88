package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.normalise.klasifikasi.KlasifikasiRules;

/** The document's class of public information, from its title and kind and its source's class. */
final class KlasifikasiStep implements NormalisationStep {

    @Override
    public void apply(DocumentDraft draft) {
        draft.klasifikasi = KlasifikasiRules.classify(draft.title, draft.kind, draft.source.klasifikasi());
    }
}
