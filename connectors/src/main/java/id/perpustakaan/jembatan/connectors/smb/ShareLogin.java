package id.perpustakaan.jembatan.connectors.smb;

import com.hierynomus.smbj.auth.AuthenticationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who Jembatan signs in as on an agency's share. The password is read from its file at every connection, so that
 * a changed password needs no restart, and is never part of a message or a log line.
 *
 * @param domain the Windows domain or workgroup of the account; empty for an account of the server itself
 */
public record ShareLogin(String username, String domain, Path passwordFile) {

    public ShareLogin {
        domain = domain == null ? "" : domain.strip();
    }

    /** The account as Windows writes it: {@code DINSOS\arsip}, or {@code arsip}. */
    public String account() {
        return domain.isEmpty() ? username : domain + "\\" + username;
    }

    /** The password file cannot be read: nothing was sent to the server. */
    public static final class PasswordUnreadable extends IOException {
        PasswordUnreadable(Path file, IOException cause) {
            super("cannot read the password file " + file + " (" + cause + ")", cause);
        }
    }

    AuthenticationContext authentication() throws PasswordUnreadable {
        try {
            return new AuthenticationContext(username, password(passwordFile).toCharArray(), domain);
        } catch (IOException e) {
            throw new PasswordUnreadable(passwordFile, e);
        }
    }

    /** The file's content without the line ending an editor adds; spaces inside or around it are kept. */
    static String password(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    @Override
    public String toString() {
        return "user '" + account() + "' (password in " + passwordFile + ")";
    }
}
