package id.perpustakaan.jembatan.routes.normalise;

/** One step of normalisation: reads what earlier steps found in the draft and adds its own part. */
interface NormalisationStep {

    void apply(DocumentDraft draft);
}
