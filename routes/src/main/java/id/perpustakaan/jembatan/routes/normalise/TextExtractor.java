package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text and metadata of any document format with Tika's auto-detecting parser, within limits on
 * characters and time. Whatever the original cannot give is refused with a specific reason.
 */
public class TextExtractor implements AutoCloseable {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxCharacters;
    private final Duration timeout;
    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    public TextExtractor(int maxCharacters, Duration timeout) {
        this.maxCharacters = maxCharacters;
        this.timeout = timeout;
    }

    public Extraction extract(RawContent raw) {
        Future<Extraction> parse = parsing.submit(() -> parse(raw));
        try {
            return parse.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ContentRejectedException("extract", "timeout after " + readable(timeout)
                    + " while parsing (jembatan.harvest.parse-timeout)");
        } catch (InterruptedException e) {
            parse.cancel(true);
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
            throw new ContentRejectedException("extract", unreadable(raw, e.getCause()), e.getCause());
        }
    }

    private Extraction parse(RawContent raw) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, raw.fileName());
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        ParseContext context = new ParseContext();
        // embedded documents (a PDF inside a DOCX, files in a ZIP) contribute their text
        context.set(Parser.class, parser);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(raw.body().open())) {
            parser.parse(in, handler, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ContentRejectedException("extract", unreadable(raw, e), e);
            }
            truncated = true;
        } catch (EncryptedDocumentException e) {
            throw new ContentRejectedException("extract", "encrypted (password required)", e);
        } catch (ZeroByteFileException e) {
            throw new ContentRejectedException("extract", "empty file (0 bytes)", e);
        } catch (UnsupportedFormatException e) {
            throw new ContentRejectedException("extract", "unsupported format: " + detected(metadata, raw), e);
        } catch (TikaException e) {
            throw new ContentRejectedException("extract", unreadable(raw, metadata, e), e);
        }
        String text = handler.toString().strip();
        String mediaType = detected(metadata, raw);
        if (text.isEmpty()) {
            throw new ContentRejectedException("extract", "no text: the " + mediaType
                    + " has no text layer or is empty (a scan needs OCR)");
        }
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        return new Extraction(text, truncated, metadata.get(TikaCoreProperties.TITLE), mediaType,
                metadata.getInt(PagedText.N_PAGES),
                parsedBy.length == 0 ? null : "tika:" + parsedBy[parsedBy.length - 1],
                instant(metadata.getDate(TikaCoreProperties.CREATED)),
                instant(metadata.getDate(TikaCoreProperties.MODIFIED)));
    }

    private static String unreadable(RawContent raw, Throwable error) {
        return unreadable(raw, null, error);
    }

    private static String unreadable(RawContent raw, Metadata metadata, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = metadata == null ? extension(raw) : detected(metadata, raw);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return "zip bomb: " + message;
        }
        return "corrupt or truncated " + type + ": " + message;
    }

    private static String detected(Metadata metadata, RawContent raw) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? extension(raw) : type.replaceAll(";.*", "");
    }

    private static String extension(RawContent raw) {
        String name = raw.fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "file" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
