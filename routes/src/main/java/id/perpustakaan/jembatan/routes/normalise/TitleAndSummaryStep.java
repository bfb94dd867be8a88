package id.perpustakaan.jembatan.routes.normalise;

/**
 * The title people will click and the summary under it: the catalogue's when the origin declared them, else the
 * page's own title and description when it has them, else read from the text.
 */
final class TitleAndSummaryStep implements NormalisationStep {

    private final int summaryLength;

    TitleAndSummaryStep(int summaryLength) {
        this.summaryLength = summaryLength;
    }

    @Override
    public void apply(DocumentDraft draft) {
        String declaredTitle = draft.declared == null ? null : draft.declared.title();
        draft.title = declaredTitle != null && !declaredTitle.isBlank() ? declaredTitle.strip()
                : Titles.choose(draft.metadataTitle, draft.text, draft.raw.fileName());
        String description = draft.declared != null && draft.declared.summary() != null
                && !draft.declared.summary().isBlank() ? draft.declared.summary() : draft.description;
        draft.summary = description != null && !description.isBlank()
                ? Summaries.of(description, null, summaryLength)
                : Summaries.of(draft.text, draft.title, summaryLength);
    }
}
