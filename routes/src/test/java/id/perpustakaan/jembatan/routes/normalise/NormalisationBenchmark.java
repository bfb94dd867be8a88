package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.archive.FolderArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Normalisation throughput over the corpus documents against Tika's bare parse of the same files, measured in the
 * same run (not a test: {@code ./mvnw -Pbench -pl routes -am verify}). OCR is off on both sides: it costs the same
 * whoever calls it, and would hide the overhead of everything else.
 */
public final class NormalisationBenchmark {

    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path corpus = locate();
        if (corpus == null) {
            System.out.println("benchmark skipped: ../shared/corpus/docs/tika is not beside the repository");
            return;
        }
        var settings = ParserSettings.defaults().withOcr(false, "ind+eng", Duration.ofSeconds(30));
        var source = new SourceDefinition("bench", new Agency("bench", "Benchmark"), "folder", corpus.toString(),
                Duration.ofSeconds(10), ReviewPolicy.AUTO, DocumentKind.OTHER);
        Path archive = Files.createTempDirectory("jembatan-bench");
        try (TextExtractor extractor = new TextExtractor(settings, new SimpleMeterRegistry())) {
            Normaliser normaliser = Normaliser.standard(new SourceCatalog(List.of(source)),
                    new FolderArchive(archive), extractor, new Languages(), new Duplicates(0.6), 300,
                    Clock.systemUTC());
            List<RawContent> documents = readable(corpus, normaliser);
            AutoDetectParser bare = new AutoDetectParser();
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                bareParse(bare, documents);
                normalise(normaliser, documents);
            }
            long bareNanos = 0;
            long normaliseNanos = 0;
            for (int i = 0; i < ROUNDS; i++) {
                bareNanos += bareParse(bare, documents);
                normaliseNanos += normalise(normaliser, documents);
            }
            double bareRate = rate(documents.size(), bareNanos);
            double normaliseRate = rate(documents.size(), normaliseNanos);
            System.out.printf("documents: %d readable corpus files (OCR off), %d rounds after %d warm-up rounds%n",
                    documents.size(), ROUNDS, WARM_UP_ROUNDS);
            System.out.printf("Tika bare parse:  %8.1f docs/s%n", bareRate);
            System.out.printf("normalisation:    %8.1f docs/s%n", normaliseRate);
            System.out.printf("ratio normalisation/bare: %.2f (overhead %.0f %%; aim: at most 10 %%)%n",
                    normaliseRate / bareRate, ((double) normaliseNanos / bareNanos - 1) * 100);
        }
    }

    /** The corpus files that parse without OCR; the rest would measure refusals, not normalisation. */
    private static List<RawContent> readable(Path corpus, Normaliser normaliser) throws Exception {
        List<RawContent> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                RawContent raw = new RawContent("bench", name, name, null, bytes.length,
                        Sha256.of(new java.io.ByteArrayInputStream(bytes)), null, Instant.now(), Instant.now(), null,
                        "bench", () -> new java.io.ByteArrayInputStream(bytes));
                try {
                    normaliser.normalise(raw);
                    documents.add(raw);
                } catch (ContentRejectedException refused) {
                    // not part of the measurement
                }
            }
        }
        return documents;
    }

    private static long bareParse(AutoDetectParser parser, List<RawContent> documents) throws Exception {
        long started = System.nanoTime();
        for (RawContent raw : documents) {
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser);
            TesseractOCRConfig noOcr = new TesseractOCRConfig();
            noOcr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, noOcr);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, raw.fileName());
            try (InputStream in = TikaInputStream.get(raw.body().open())) {
                parser.parse(in, new BodyContentHandler(-1), metadata, context);
            } catch (Exception e) {
                // the same files fail the same way on both sides
            }
        }
        return System.nanoTime() - started;
    }

    private static long normalise(Normaliser normaliser, List<RawContent> documents) {
        long started = System.nanoTime();
        for (RawContent raw : documents) {
            normaliser.normalise(raw);
        }
        return System.nanoTime() - started;
    }

    private static double rate(int documents, long nanos) {
        return documents * ROUNDS / (nanos / 1e9);
    }

    private static Path locate() {
        return SharedCorpus.find("docs/tika").orElse(null);
    }
}
