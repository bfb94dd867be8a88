package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code .txt} file whose bytes are plain UTF-8 text, read as it is: Tika's detection and its CSV sniffing cost
 * a third of a small text file's normalisation and find nothing more. The name only nominates; the bytes decide:
 * control characters, invalid UTF-8, or the opening of a format written in text (RTF, markup, PostScript, PDF, a
 * mail, a calendar) send the file to Tika like any other.
 */
final class PlainText {

    /** Larger text files go through Tika, which reads them as a stream. */
    private static final int MAX_BYTES = 1 << 20;
    private static final List<String> OTHER_FORMATS = List.of("{\\rtf", "<", "%!", "%pdf", "from ", "received:",
            "return-path:", "mime-version:", "begin:", "#!");

    private PlainText() {
    }

    static Optional<Extraction> read(RawContent raw, int maxCharacters) {
        if (raw.fileName() == null || !raw.fileName().toLowerCase(Locale.ROOT).endsWith(".txt")
                || raw.size() <= 0 || raw.size() > MAX_BYTES) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = raw.body().open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + raw.locator(), e);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return Optional.empty();
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString().strip();
        } catch (CharacterCodingException notUtf8) {
            // Windows-1252 and other encodings are Tika's to guess
            return Optional.empty();
        }
        String opening = text.substring(0, Math.min(20, text.length())).toLowerCase(Locale.ROOT);
        if (text.isEmpty() || OTHER_FORMATS.stream().anyMatch(opening::startsWith)) {
            return Optional.empty();
        }
        boolean truncated = text.length() > maxCharacters;
        return Optional.of(new Extraction(truncated ? text.substring(0, maxCharacters) : text, truncated, null,
                "text/plain", null, "utf-8 text", null, null, false));
    }
}
