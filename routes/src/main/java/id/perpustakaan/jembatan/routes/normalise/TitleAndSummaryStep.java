package id.perpustakaan.jembatan.routes.normalise;

/** The title people will click and the summary under it (the page's own description when it has one). */
final class TitleAndSummaryStep implements NormalisationStep {

    private final int summaryLength;

    TitleAndSummaryStep(int summaryLength) {
        this.summaryLength = summaryLength;
    }

    @Override
    public void apply(DocumentDraft draft) {
        draft.title = Titles.choose(draft.metadataTitle, draft.text, draft.raw.fileName());
        draft.summary = draft.description != null && !draft.description.isBlank()
                ? Summaries.of(draft.description, null, summaryLength)
                : Summaries.of(draft.text, draft.title, summaryLength);
    }
}
