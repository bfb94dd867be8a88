package id.perpustakaan.jembatan.routes.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Turns what a parser threw into a reason a librarian can act on: the kind of file in words people know
 * (DOCX, PDF, WordPerfect 4.2) and what went wrong, without a stack trace.
 */
final class RefusalReasons {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    /** Executables, libraries and object code of the systems people run; subtypes count too. */
    private static final List<MediaType> PROGRAMS = Stream.of("application/x-elf", "application/x-executable",
            "application/x-sharedlib", "application/x-object", "application/x-coredump", "application/x-dosexec",
            "application/x-msdownload", "application/x-mach-o", "application/java-vm").map(MediaType::parse).toList();

    private RefusalReasons() {
    }

    static String unreadable(String mediaType, String fileName, Throwable error, ParserSettings settings) {
        String message = rootMessage(error);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("levels of package entry nesting")) {
            return "nested too deep: documents inside documents more than " + settings.maxEmbeddingDepth()
                    + " levels deep (jembatan.harvest.max-embedding-depth)";
        }
        if (lower.contains("levels of xml element nesting")) {
            // Tika's own limit, not one of ours: nothing to configure
            return "nested too deep: XML elements inside elements beyond what any document needs ("
                    + shortName(mediaType, fileName) + ")";
        }
        if (lower.contains("zip bomb")) {
            return "zip bomb: ratio over 1:" + settings.maxCompressionRatio()
                    + " between its size and its content (jembatan.harvest.max-compression-ratio)";
        }
        if (lower.contains("tesseractocrparser timeout")) {
            return "OCR timeout: Tesseract took longer than " + seconds(settings.ocrTimeout().toMillis())
                    + " on one page or image of the " + shortName(mediaType, fileName)
                    + " (jembatan.harvest.ocr-timeout)";
        }
        if (lower.contains("strict ooxml")) {
            return "unsupported: Strict Office Open XML " + shortName(mediaType, fileName)
                    + " (save it again as a normal " + shortName(mediaType, fileName) + ")";
        }
        return "truncated or corrupt " + shortName(mediaType, fileName) + ": " + message;
    }

    /**
     * A program rather than a document (an ELF or Windows executable, a library, a Java class), whatever its name
     * says: Tika reads such files for their headers and finds no text, which would be the wrong reason.
     */
    static Optional<String> program(String mediaType, String fileName) {
        if (mediaType == null) {
            return Optional.empty();
        }
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        MediaType type = MediaType.parse(mediaType);
        for (MediaType program : PROGRAMS) {
            if (registry.isInstanceOf(type, program)) {
                return Optional.of("not a document: " + (fileName == null ? "the file" : fileName) + " is a program ("
                        + description(mediaType, fileName) + ", " + mediaType + "); send the document itself");
            }
        }
        return Optional.empty();
    }

    static String unsupported(String mediaType, String fileName) {
        return "unsupported: " + description(mediaType, fileName) + " (" + mediaType + ")";
    }

    static String noText(String mediaType, String fileName, OcrStatus ocr) {
        return "no text: the " + shortName(mediaType, fileName) + " has no text layer and " + ocr.whyNoText();
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

    /** 500 MB, 64 KB, 900 bytes: a limit as people write it. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
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
