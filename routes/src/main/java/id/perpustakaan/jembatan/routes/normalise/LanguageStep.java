package id.perpustakaan.jembatan.routes.normalise;

/** The language of the text; left empty when the detector is not sure. */
final class LanguageStep implements NormalisationStep {

    private final Languages languages;

    LanguageStep(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void apply(DocumentDraft draft) {
        draft.language = languages.of(draft.text).orElse(null);
    }
}
