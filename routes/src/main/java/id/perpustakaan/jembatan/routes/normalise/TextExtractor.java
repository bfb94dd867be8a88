package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text and metadata of any document format with Tika's auto-detecting parser, within limits on
 * characters, time, compression ratio and what a file may hold across nested archives, with OCR where there is no
 * text layer. Parses run on a bounded pool and are stopped at their time limit (see {@link ParsePool}). Whatever
 * the original cannot give is refused with a specific reason.
 *
 * <p>Each Tika parse is timed as {@code jembatan.harvest.parse}, labelled {@code ocr=true} when Tesseract read a
 * page or image of it (OCR runs inside the parse, only where there is no text layer, so its time is the parse's),
 * {@code false} when it did not, {@code unknown} when the parse was refused before it could tell.
 */
public class TextExtractor implements AutoCloseable {

    private static final String OCR_PARSER = TesseractOCRParser.class.getName();
    private static final String EMPTY_PARSER = EmptyParser.class.getName();
    /** Marks the second reading of a straightened image, so that it is not straightened again. */
    private static final String DESKEWED = "+deskewed";

    private final ParserSettings settings;
    private final AutoDetectParser parser;
    private final ParsePool pool;
    private final MeterRegistry meters;
    private volatile OcrStatus ocr;

    /** Parses as many documents at a time as there are cores: parsing is CPU work, OCR too. */
    public TextExtractor(ParserSettings settings, MeterRegistry meters) {
        this(settings, Runtime.getRuntime().availableProcessors(), meters);
    }

    TextExtractor(ParserSettings settings, int parsesAtATime, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.pool = new ParsePool(parsesAtATime);
        this.parser = new AutoDetectParser();
        AutoDetectParserConfig limits = new AutoDetectParserConfig();
        limits.setMaximumCompressionRatio(settings.maxCompressionRatio());
        // Tika counts the nesting it sees in the text; UnpackingBudget counts every level and refuses first, with
        // the reason people can act on
        limits.setMaximumPackageEntryDepth(settings.maxEmbeddingDepth() + 1);
        // the ratio is checked once this much text came out: below the character limit, or a bomb would only
        // ever be cut short instead of refused
        limits.setOutputThreshold(Math.min(100_000L, settings.maxCharacters() / 2));
        parser.setAutoDetectParserConfig(limits);
    }

    /**
     * Whether scans can be read, asked of Tesseract the first time someone needs to know (the start's greeting, a
     * scan with no text): two small processes, not worth paying for every extractor a test or a tool makes.
     */
    public OcrStatus ocr() {
        OcrStatus known = ocr;
        if (known == null) {
            known = OcrStatus.probe(settings);
            ocr = known;
        }
        return known;
    }

    public Extraction extract(RawContent raw) {
        Optional<Extraction> plain = PlainText.read(raw, settings.maxCharacters());
        if (plain.isPresent()) {
            return plain.get();
        }
        long start = System.nanoTime();
        String outcome = "refused";
        String ocr = "unknown";
        try {
            Extraction extraction = pool.run(settings.timeout(), raw.locator(), watch -> parse(raw, watch));
            outcome = "extracted";
            ocr = Boolean.toString(extraction.ocr());
            return extraction;
        } catch (ParsePool.TimedOut e) {
            throw new ContentRejectedException("extract", "timeout after " + readable(settings.timeout())
                    + " while parsing (jembatan.harvest.parse-timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + raw.locator(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ContentRejectedException rejected) {
                throw rejected;
            }
            if (e.getCause() instanceof LinkageError broken) {
                // our classpath is broken, not the document: leave it where it is
                throw new IllegalStateException("the parser cannot run: " + broken, broken);
            }
            throw new ContentRejectedException("extract",
                    RefusalReasons.unreadable(null, raw.fileName(), e.getCause(), settings), e.getCause());
        } finally {
            parseTimer(outcome, ocr).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer parseTimer(String outcome, String ocr) {
        return Timer.builder("jembatan.harvest.parse")
                .description("Tika parses of harvested documents, OCR included where it ran")
                .tags("outcome", outcome, "ocr", ocr)
                .publishPercentileHistogram()
                .maximumExpectedValue(settings.timeout())
                .register(meters);
    }

    private Extraction parse(RawContent raw, ParseWatch watch) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, raw.fileName());
        ParseContext context = context(watch);
        UnpackingBudget budget = new UnpackingBudget(context, settings, watch, parser.getDetector());
        context.set(EmbeddedDocumentExtractor.class, budget);
        TextLimit handler = new TextLimit(new ToTextContentHandler(), settings.maxCharacters(),
                () -> UnpackingBudget.isArchive(detected(metadata)), budget::measureOnly);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(raw.body().open())) {
            parser.parse(in, new WatchedHandler(new BodyContentHandler(handler), watch), metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            // a stopped parse fails wherever it was: the pool answers with the timeout
            watch.check();
            Optional<String> limit = budget.refusal();
            if (limit.isPresent()) {
                throw rejected(limit.get(), e);
            }
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw rejected(reasonFor(e, detected(metadata), raw.fileName()), e);
            }
            truncated = true;
        }
        truncated |= handler.reached();
        // parsers record the failures of the documents inside instead of throwing them, crossed limits too
        Optional<String> limit = budget.refusal();
        if (limit.isPresent()) {
            throw rejected(limit.get(), null);
        }
        String fullType = detected(metadata);
        String mediaType = fullType == null ? null : RefusalReasons.baseType(fullType);
        Optional<String> program = RefusalReasons.program(mediaType, raw.fileName());
        if (program.isPresent()) {
            throw rejected(program.get(), null);
        }
        List<String> parsedBy = Arrays.asList(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET));
        String text = handler.toString().strip();
        if (text.isEmpty() && settings.ocr() && !raw.connector().endsWith(DESKEWED)
                && mediaType != null && mediaType.startsWith("image/")) {
            Optional<byte[]> straightened = Deskew.straighten(raw);
            if (straightened.isPresent()) {
                byte[] png = straightened.get();
                Extraction second = parse(new RawContent(raw.sourceId(), raw.locator(), raw.fileName() + ".png",
                        "image/png", png.length, raw.sha256(), raw.url(), raw.fetchedAt(), raw.lastModified(),
                        raw.etag(), raw.connector() + DESKEWED, () -> new ByteArrayInputStream(png)), watch);
                return new Extraction(second.text(), second.truncated(), second.title(), mediaType, second.pages(),
                        second.parser(), second.created(), second.modified(), true);
            }
        }
        if (text.isEmpty()) {
            // Tika hands formats it cannot read to its empty parser: that is not "no text"
            throw rejected(parsedBy.equals(List.of(EMPTY_PARSER)) || parsedBy.isEmpty()
                    ? RefusalReasons.unsupported(fullType, raw.fileName())
                    : RefusalReasons.noText(mediaType, raw.fileName(), ocr()), null);
        }
        String[] containerParsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        return new Extraction(text, truncated, metadata.get(TikaCoreProperties.TITLE), mediaType,
                metadata.getInt(PagedText.N_PAGES),
                containerParsers.length == 0 ? null : "tika:" + containerParsers[containerParsers.length - 1],
                instant(metadata.getDate(TikaCoreProperties.CREATED)),
                instant(metadata.getDate(TikaCoreProperties.MODIFIED)),
                parsedBy.contains(OCR_PARSER));
    }

    private String reasonFor(Exception e, String mediaType, String fileName) {
        if (e instanceof EncryptedDocumentException) {
            return "encrypted (password required)";
        }
        if (e instanceof ZeroByteFileException) {
            return "empty file (0 bytes)";
        }
        if (e instanceof UnsupportedFormatException) {
            return RefusalReasons.unsupported(mediaType, fileName);
        }
        return RefusalReasons.unreadable(mediaType, fileName, e, settings);
    }

    private ParseContext context(ParseWatch watch) {
        ParseContext context = new ParseContext();
        // embedded documents (a PDF inside a DOCX, files in a ZIP) contribute their text
        context.set(Parser.class, parser);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(!settings.ocr());
        ocr.setLanguage(settings.ocrLanguages());
        ocr.setTimeoutSeconds((int) Math.max(1, settings.ocrTimeout().toSeconds()));
        context.set(TesseractOCRConfig.class, ocr);
        // to the millisecond, where the configuration above only takes seconds
        context.set(TikaTaskTimeout.class, new TikaTaskTimeout(settings.ocrTimeout().toMillis()));
        PDFParserConfig pdf = new PDFParserConfig();
        // only pages without a usable text layer go to OCR: it costs a second or two a page
        pdf.setOcrStrategy(settings.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setRenderer(new WatchedPdfRenderer(watch));
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static ContentRejectedException rejected(String reason, Throwable cause) {
        return new ContentRejectedException("extract", reason, cause);
    }

    private static String detected(Metadata metadata) {
        return metadata.get(Metadata.CONTENT_TYPE);
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public void close() {
        pool.close();
    }
}
