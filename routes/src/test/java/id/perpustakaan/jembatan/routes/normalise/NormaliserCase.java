package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.archive.FolderArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The normalisation chain as the application builds it, for tests of what it makes of raw content: one parser and
 * one language detector for the test class (each takes a second to load), an archive in a fresh folder per test.
 */
abstract class NormaliserCase {

    private static TextExtractor extractor;
    private static Languages languages;

    @TempDir
    Path archive;

    @BeforeAll
    static void startParser() {
        extractor = new TextExtractor(ParserSettings.defaults(), new SimpleMeterRegistry());
        languages = new Languages();
    }

    @AfterAll
    static void stopParser() {
        extractor.close();
    }

    Normaliser normaliser(Clock clock, SourceDefinition... sources) {
        return Normaliser.standard(new SourceCatalog(List.of(sources)), new FolderArchive(archive), extractor,
                languages, new Duplicates(0.6), 300, clock);
    }
}
