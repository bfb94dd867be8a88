package id.perpustakaan.jembatan.connectors.sftp;

import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchHostKeyException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why an outbox could not be read at all, in words for a librarian, from what JSch and Camel threw: a host key other
 * than the known one, an unknown host key, credentials refused, a server that cannot be reached, an outbox that is
 * not there. Each says what to do.
 */
public final class ConnectionRefusal {

    private ConnectionRefusal() {
    }

    public static String reason(Throwable failure, SftpAddress address, String username, Path knownHosts) {
        String server = address.host() + ":" + address.port();
        if (find(failure, JSchChangedHostKeyException.class) != null) {
            return "the SFTP server " + server + " showed a host key other than the one " + knownHosts + " holds for"
                    + " it, so nothing was read: if the agency changed its server's key, check the new key's"
                    + " fingerprint with them and put it in that file; if not, someone may be standing between"
                    + " Jembatan and the server: tell the agency and the network's operators";
        }
        if (find(failure, JSchUnknownHostKeyException.class) != null) {
            return "the SFTP server " + server + " showed a host key " + knownHosts + " does not hold, so nothing was"
                    + " read: " + KnownHostsFile.howToAdd(knownHosts, address);
        }
        JSchHostKeyException otherKey = find(failure, JSchHostKeyException.class);
        if (otherKey != null) {
            return "the SFTP server " + server + "'s host key was refused (" + otherKey.getMessage() + "), so nothing"
                    + " was read: check " + knownHosts + " with the agency";
        }
        JSchException jsch = find(failure, JSchException.class);
        String message = jsch == null ? "" : String.valueOf(jsch.getMessage()).toLowerCase(Locale.ROOT);
        if (message.startsWith("auth fail") || message.startsWith("auth cancel")) {
            return "the SFTP server " + server + " refused user '" + username + "' with the password or key given:"
                    + " check options.username, password-file and private-key-file with the agency";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return "the SFTP server " + address.host() + " is not known to the name service: check the source's url";
        }
        if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null
                || find(failure, SocketTimeoutException.class) != null || message.contains("timeout")) {
            return "the SFTP server " + server + " cannot be reached (" + innermost(failure) + "): tried again at the"
                    + " next poll; if it lasts, ask the agency whether the server is up and lets Jembatan in";
        }
        return "the outbox " + address + " cannot be read (" + innermost(failure) + "): check the source's url with"
                + " the agency, and that user '" + username + "' may read files there (and move them, unless the"
                + " source is a mirror)";
    }

    private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String innermost(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + ": " + cause.getMessage();
    }
}
