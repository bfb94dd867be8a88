package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Turns fetched content into a {@link Document}: archive the original, extract, then derive the fields. */
public class Normaliser {

    private final SourceCatalog sources;
    private final OriginalArchive archive;
    private final TextExtractor extractor;
    private final int summaryLength;
    private final Clock clock;

    public Normaliser(SourceCatalog sources, OriginalArchive archive, TextExtractor extractor, int summaryLength,
                      Clock clock) {
        this.sources = sources;
        this.archive = archive;
        this.extractor = extractor;
        this.summaryLength = summaryLength;
        this.clock = clock;
    }

    /** The stable id of whatever a source has at a locator: the same file re-dropped is the same document. */
    public static String documentId(String sourceId, String locator) {
        return sourceId + "-" + Sha256.of(sourceId + "\n" + locator).substring(0, 24);
    }

    public Document normalise(RawContent raw) {
        SourceDefinition source = sources.require(raw.sourceId());
        try {
            archive.store(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + raw.locator() + " of source '" + raw.sourceId()
                    + "': " + e.getMessage(), e);
        }
        Extraction extraction = extractor.extract(raw);
        String title = Titles.choose(extraction.title(), extraction.text(), raw.fileName());
        Instant harvestedAt = clock.instant();
        return new Document(
                documentId(raw.sourceId(), raw.locator()),
                raw.sourceId(),
                source.agency(),
                source.defaultKind(),
                title,
                Summaries.of(extraction.text(), title, summaryLength),
                extraction.text(),
                null,
                null,
                raw.url(),
                new OriginalFile(raw.sha256(), extraction.mediaType(), raw.fileName(), raw.size(),
                        extraction.pages()),
                firstOf(extraction.created(), raw.lastModified()),
                firstOf(extraction.modified(), raw.lastModified()),
                harvestedAt,
                null,
                null,
                List.of(),
                Sha256.of(title + "\n" + extraction.text()),
                // wall-clock millis: monotonic per document as long as harvests of one locator are sequential
                harvestedAt.toEpochMilli(),
                new Provenance(raw.connector(), raw.fetchedAt(), raw.etag(), raw.lastModified(),
                        extraction.parser(), false),
                List.of(new SourceRef(raw.sourceId(), raw.locator(), raw.url())));
    }

    private static Instant firstOf(Instant preferred, Instant fallback) {
        return preferred != null ? preferred : fallback;
    }
}
