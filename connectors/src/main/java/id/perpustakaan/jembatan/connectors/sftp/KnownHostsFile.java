package id.perpustakaan.jembatan.connectors.sftp;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A source's known hosts file (OpenSSH's format, hashed names too), read as JSch reads it when it connects, so that
 * a start can tell a file that holds no key for the source's server before any connection is refused.
 */
public final class KnownHostsFile {

    private KnownHostsFile() {
    }

    /** Why the file cannot vouch for the server, as a problem for the operator; empty when it holds a key for it. */
    public static Optional<String> problem(Path file, SftpAddress address) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of("'" + file + "' is not a readable file");
        }
        JSch jsch = new JSch();
        try {
            jsch.setKnownHosts(file.toString());
        } catch (JSchException e) {
            return Optional.of("'" + file + "' cannot be read as a known hosts file (" + e.getMessage() + ")");
        }
        HostKey[] keys = jsch.getHostKeyRepository().getHostKey(address.knownHostsName(), null);
        if (keys == null || keys.length == 0) {
            return Optional.of("'" + file + "' holds no key for " + address.knownHostsName());
        }
        return Optional.empty();
    }

    /** How an operator adds the server's key, to be checked with the agency before it is trusted. */
    public static String howToAdd(Path file, SftpAddress address) {
        return "add the server's key with 'ssh-keyscan -p " + address.port() + " " + address.host() + " >> " + file
                + "' and compare its fingerprint (ssh-keygen -lf " + file + ") with the one the agency gives";
    }
}
