package id.perpustakaan.jembatan.connectors.feed;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a feed's bytes into text.
 * <p>
 * Rome's {@link XmlReader} decides first, leniently: byte order mark, then the XML declaration, then the
 * Content-Type charset, else UTF-8. Only when that lands on UTF-8 although the bytes are not UTF-8 and nothing (no
 * BOM) pinned it, the bytes are guessed with a charset detector: old feeds in KOI8-R, Shift_JIS or windows-1255
 * often declare nothing, and decoding them as UTF-8 would store replacement characters where the titles were.
 */
final class FeedCharset {

    private FeedCharset() {
    }

    static String decode(byte[] body, String contentType) {
        Charset utf32 = utf32(body);
        if (utf32 != null) {
            String text = new String(body, utf32);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        String declared;
        String text;
        try (XmlReader reader = open(body, contentType)) {
            declared = reader.getEncoding();
            text = readAll(reader);
        } catch (UnsupportedEncodingException | IllegalCharsetNameException e) {
            throw new FeedRejectedException("unsupported character encoding: " + e.getMessage()
                    + " (declared by the feed or its Content-Type)", e);
        } catch (IOException e) {
            throw new FeedRejectedException("unreadable character encoding: " + e.getMessage(), e);
        }
        if (isUtf8(declared) && !hasUtf8Bom(body) && !isValidUtf8(body)) {
            Charset guessed = guess(body);
            if (guessed != null && !guessed.equals(StandardCharsets.UTF_8)) {
                return new String(body, guessed);
            }
        }
        return text;
    }

    /**
     * UTF-32, which XmlReader does not recognise: it would read the zero bytes as UTF-8 text. The byte patterns are
     * those of XML 1.0 appendix F for a document starting with a BOM or with {@code <}.
     */
    private static Charset utf32(byte[] body) {
        if (body.length < 4) {
            return null;
        }
        int b0 = body[0] & 0xFF;
        int b1 = body[1] & 0xFF;
        int b2 = body[2] & 0xFF;
        int b3 = body[3] & 0xFF;
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 == '<')) {
            return Charset.forName("UTF-32BE");
        }
        if (b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0)) {
            return Charset.forName("UTF-32LE");
        }
        return null;
    }

    private static XmlReader open(byte[] body, String contentType) throws IOException {
        InputStream in = new ByteArrayInputStream(body);
        if (contentType == null || contentType.isBlank()) {
            return new XmlReader(in, true, null);
        }
        return new XmlReader(in, contentType, true, null);
    }

    private static String readAll(XmlReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read; (read = reader.read(buffer, 0, buffer.length)) != -1; ) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    private static boolean isUtf8(String encoding) {
        return encoding != null && encoding.replace("-", "").equalsIgnoreCase("UTF8");
    }

    private static boolean hasUtf8Bom(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset guess(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, body.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return null;
        }
        return Charset.forName(name);
    }
}
