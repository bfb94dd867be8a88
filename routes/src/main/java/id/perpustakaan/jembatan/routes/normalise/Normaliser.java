package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Turns fetched content into a {@link Document}: archive the original, then the chain of steps (extract, title
 * and summary, language, kind, regulation, dates and validity, class of public information, duplicates), each small
 * and testable alone.
 */
public class Normaliser {

    private final SourceCatalog sources;
    private final OriginalArchive archive;
    private final List<NormalisationStep> steps;
    private final Clock clock;

    Normaliser(SourceCatalog sources, OriginalArchive archive, List<NormalisationStep> steps, Clock clock) {
        this.sources = sources;
        this.archive = archive;
        this.steps = List.copyOf(steps);
        this.clock = clock;
    }

    /** The standard chain. */
    public static Normaliser standard(SourceCatalog sources, OriginalArchive archive, TextExtractor extractor,
                                      Languages languages, Duplicates duplicates, int summaryLength, Clock clock) {
        return new Normaliser(sources, archive, List.of(
                new ExtractStep(extractor),
                new TitleAndSummaryStep(summaryLength),
                new LanguageStep(languages),
                new KindStep(),
                new RegulationStep(),
                new DatesStep(),
                new EventStep(),
                new KlasifikasiStep(),
                new DuplicatesStep(duplicates)), clock);
    }

    /** The stable id of whatever a source has at a locator: the same file re-dropped is the same document. */
    public static String documentId(String sourceId, String locator) {
        return SourceRef.idOf(sourceId, locator);
    }

    public Document normalise(RawContent raw) {
        try {
            archive.store(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + raw.locator() + " of source '" + raw.sourceId()
                    + "': " + e.getMessage(), e);
        }
        DocumentDraft draft = new DocumentDraft(raw, sources.require(raw.sourceId()), clock.instant());
        for (NormalisationStep step : steps) {
            step.apply(draft);
        }
        return draft.toDocument();
    }
}
