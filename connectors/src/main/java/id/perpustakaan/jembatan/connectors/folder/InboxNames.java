package id.perpustakaan.jembatan.connectors.folder;

import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.connectors.Sha256;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which dropped file names Jembatan can carry to their end, and the name a refused one is kept under in
 * {@code .failed/}. A file is taken only when both of its ends fit: {@code .done/<name>} and, should it be refused,
 * {@code .failed/<name>} beside {@code <name>.reason}. Anything else is refused at once under a safe name, so no
 * file can be left half-way in its inbox.
 */
public final class InboxNames {

    public static final String REASON_SUFFIX = ".reason";

    /** NAME_MAX of ext4, XFS, Btrfs and tmpfs, in bytes; SMB and NTFS count UTF-16 units and allow longer names. */
    public static final int NAME_MAX_BYTES = 255;

    /** The longest name whose {@code .reason} still fits beside it. */
    static final int MAX_NAME_BYTES = NAME_MAX_BYTES - REASON_SUFFIX.length();

    /** Shortened names keep this much of the original, so that a librarian still recognises the file. */
    private static final int KEPT_BYTES = 120;

    private InboxNames() {
    }

    /**
     * The path of a file the file component listed. Java decodes a name that is not valid UTF-8 (a Latin-1 name
     * from an SMB or FTP client) lossily, so that the listed {@link File} names no file; the directory's own
     * entries keep the name's bytes and still reach it.
     *
     * @return empty when the file is gone
     */
    public static Optional<Path> onDisk(File listed) {
        Path direct = listed.toPath();
        if (Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(direct);
        }
        // a moved file is gone under its own name too: listing the inbox for each one would cost a drop of n files
        // n times n entries
        if (!mayHaveBeenDecodedLossily(listed.getName())) {
            return Optional.empty();
        }
        Path directory = direct.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(listed.getName())) {
                    return Optional.of(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + PrintableText.of(directory.toString()), e);
        }
        return Optional.empty();
    }

    /** Undecodable bytes become U+FFFD (UTF-8) or '?' (an ASCII locale); a plain ASCII name was read as it is. */
    private static boolean mayHaveBeenDecodedLossily(String name) {
        return name.chars().anyMatch(c -> c == '?' || c > '~');
    }

    /** Whether Java can name the file by its name, i.e. the name's bytes were valid UTF-8. */
    public static boolean intact(Path file) {
        return file.equals(file.resolveSibling(file.getFileName().toString()));
    }

    /** Why a file cannot be taken under its name, as a reason for the agency; empty when it can. */
    public static Optional<String> problem(Path file) {
        String name = file.getFileName().toString();
        if (!intact(file)) {
            return Optional.of("file name is not valid UTF-8: '" + PrintableText.of(name)
                    + "' (\uFFFD marks what cannot be read); rename it and drop it again");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            return Optional.of("file name too long: " + bytes + " bytes in UTF-8, at most " + MAX_NAME_BYTES
                    + " (shorten it and drop it again): '" + PrintableText.of(name) + "'");
        }
        return Optional.empty();
    }

    /**
     * The name a refused file has in {@code .failed/}: its own when it can be taken, else the start of it with
     * unreadable and control characters replaced, made unique by a hash of the whole name, with its extension.
     */
    public static String failedName(Path file) {
        String name = file.getFileName().toString();
        if (problem(file).isEmpty()) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10
                && name.substring(dot + 1).chars().allMatch(Character::isLetterOrDigit) ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        StringBuilder kept = new StringBuilder();
        int keptBytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            String character = codePoint == '\uFFFD' || codePoint == '/' || codePoint == '\\'
                    || (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    && PrintableText.of(String.valueOf((char) codePoint)).length() > 1)
                    ? "_" : new String(Character.toChars(codePoint));
            keptBytes += character.getBytes(StandardCharsets.UTF_8).length;
            if (keptBytes > KEPT_BYTES) {
                break;
            }
            kept.append(character);
            i += Character.charCount(codePoint);
        }
        return kept + "-" + Sha256.of(name).substring(0, 12) + extension;
    }
}
