package id.perpustakaan.jembatan.connectors.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret kept in a file of its own (a password, a key's passphrase), as operators keep them: mounted from a
 * secret store, readable by Jembatan only. The line break an editor or {@code echo} leaves at its end is not part of
 * it. Its content is never logged; only its path is named.
 */
public final class SecretFile {

    private SecretFile() {
    }

    public static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret file " + file + " (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }
}
