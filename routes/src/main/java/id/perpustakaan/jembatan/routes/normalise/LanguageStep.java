package id.perpustakaan.jembatan.routes.normalise;

/**
 * The language the source declares (its feed's {@code <language>}, the page's {@code lang}, its
 * {@code Content-Language}), else the detector's; left empty when it has no declaration and the detector is not
 * sure. Declared first because the detector cannot tell a short Indonesian notice from Malay.
 */
final class LanguageStep implements NormalisationStep {

    private final Languages languages;

    LanguageStep(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void apply(DocumentDraft draft) {
        draft.language = draft.declaredLanguage != null ? draft.declaredLanguage
                : languages.of(draft.text).orElse(null);
    }
}
