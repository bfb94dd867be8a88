package id.perpustakaan.jembatan.routes.normalise;

import java.util.Locale;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Turns what a parser threw into a reason a librarian can act on: the kind of file in words people know
 * (DOCX, PDF, WordPerfect 4.2) and what went wrong, without a stack trace.
 */
final class RefusalReasons {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private RefusalReasons() {
    }

    static String unreadable(String mediaType, String fileName, Throwable error, ParserSettings settings) {
        String message = rootMessage(error);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return "zip bomb: ratio over 1:" + settings.maxCompressionRatio()
                    + " between its size and its content (jembatan.harvest.max-compression-ratio)";
        }
        if (lower.contains("strict ooxml")) {
            return "unsupported: Strict Office Open XML " + shortName(mediaType, fileName)
                    + " (save it again as a normal " + shortName(mediaType, fileName) + ")";
        }
        return "truncated or corrupt " + shortName(mediaType, fileName) + ": " + message;
    }

    static String unsupported(String mediaType, String fileName) {
        return "unsupported: " + description(mediaType, fileName) + " (" + mediaType + ")";
    }

    static String noText(String mediaType, String fileName, boolean ocrTried) {
        return "no text: the " + shortName(mediaType, fileName) + " has no text layer"
                + (ocrTried ? " and OCR found no text either" : " and OCR is off (jembatan.harvest.ocr)");
    }

    /** DOCX, PDF, XLSX…: the extension people know the type by, else the file's own extension. */
    static String shortName(String mediaType, String fileName) {
        if (mediaType != null) {
            try {
                String extension = TYPES.forName(baseType(mediaType)).getExtension();
                if (!extension.isEmpty()) {
                    return extension.substring(1).toUpperCase(Locale.ROOT);
                }
            } catch (MimeTypeException e) {
                // fall through to the file name
            }
        }
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "file" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private static String description(String mediaType, String fileName) {
        try {
            String description = TYPES.forName(baseType(mediaType)).getDescription();
            String version = versionOf(mediaType);
            if (!description.isEmpty()) {
                return version == null || description.contains(version) ? description : description + " " + version;
            }
        } catch (MimeTypeException e) {
            // fall through
        }
        return shortName(mediaType, fileName);
    }

    private static String versionOf(String mediaType) {
        int at = mediaType.indexOf("version=");
        return at < 0 ? null : mediaType.substring(at + "version=".length()).replaceAll("[;\\s].*", "");
    }

    static String baseType(String mediaType) {
        return mediaType.replaceAll(";.*", "").trim();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            if (root.getMessage() != null && root.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return root.getMessage();
            }
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
