package id.perpustakaan.jembatan.connectors.upload;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.model.PrintableText;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The names of uploaded files in their agency's inbox. An upload is known by its key: the agency's external id, or an
 * upload id Jembatan made up when there is none. The file is {@code <key>.<extension>}, its extension taken from the
 * name the agency sent, so that the original is downloaded as the format it is; the document is the key's, whatever
 * the extension, so that a replacement in another format is still a new revision of the same document.
 */
public final class UploadNames {

    /** Letters, digits, '.', '_' and '-', as systems' record numbers are written; nothing a path could misread. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");
    /** The extension of a file sent without a usable one: Tika reads the format from the bytes anyway. */
    static final String UNKNOWN_EXTENSION = "bin";

    private UploadNames() {
    }

    /**
     * The key of an external id.
     *
     * @throws IllegalArgumentException saying how to write it, when it cannot be a key
     */
    public static String key(String externalId) {
        if (!KEY.matcher(externalId).matches() || externalId.endsWith(".")
                || externalId.toLowerCase(Locale.ROOT).endsWith(".meta")) {
            throw new IllegalArgumentException("externalId '" + PrintableText.of(externalId) + "' cannot be used:"
                    + " write 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit (not ending"
                    + " with '.' or '.meta'), e.g. 'SK-2025-014'");
        }
        return externalId;
    }

    /** A key for an upload without an external id: unique, and never mistaken for one an agency would choose. */
    public static String newUploadId() {
        return "upload-" + UUID.randomUUID();
    }

    /**
     * The file's name in the inbox.
     *
     * @param sentName the name the agency's system sent, for its extension; may be null
     * @throws IllegalArgumentException when a file of that extension would never be taken (a temporary file)
     */
    public static String fileName(String key, String sentName) {
        String name = key + "." + extension(sentName);
        if (!FolderSource.taken(name)) {
            throw new IllegalArgumentException("a file named '" + PrintableText.of(sentName) + "' is taken for a"
                    + " temporary or partial file and would never be read: send the finished document under its own"
                    + " extension (.pdf, .docx, .odt, .xlsx, .html, .txt…)");
        }
        return name;
    }

    /** The key of a file named by {@link #fileName}: its name without the extension. */
    public static String keyOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String extension(String sentName) {
        if (sentName == null) {
            return UNKNOWN_EXTENSION;
        }
        int dot = sentName.lastIndexOf('.');
        String extension = dot < 0 ? "" : sentName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? extension : UNKNOWN_EXTENSION;
    }
}
