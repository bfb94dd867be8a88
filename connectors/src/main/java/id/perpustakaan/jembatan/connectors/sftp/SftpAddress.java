package id.perpustakaan.jembatan.connectors.sftp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an agency's SFTP outbox is, from a source's {@code url}: {@code sftp://files.dinsos.example:22/outbox}. The
 * path is the folder from where the account logs in (its home; for the chrooted account an outbox usually is, the
 * root it sees), as Camel's sftp endpoint reads every path; no path at all is that folder itself.
 *
 * @param directory the outbox from the account's login folder, without a leading '/'; empty for that folder
 */
public record SftpAddress(String host, int port, String directory) {

    public static final int DEFAULT_PORT = 22;

    /**
     * @throws IllegalArgumentException saying what is wrong with the address, for a librarian
     */
    public static SftpAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("is missing");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not an address (" + e.getReason() + ")");
        }
        if (uri.getScheme() == null || !"sftp".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + url + "' is not an sftp:// address");
        }
        if (uri.getRawUserInfo() != null) {
            // a password written here would sit in the sources file and in every log line naming the source
            throw new IllegalArgumentException("'" + uri.getScheme() + "://…@" + uri.getHost() + "…' names a user"
                    + " in the address; write it in options.username, and the password, if any, in a file named by"
                    + " options.password-file");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' names no server");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' has a query or fragment, which SFTP has no use for");
        }
        String directory = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        if (directory.equals("~") || directory.startsWith("~/")) {
            directory = directory.substring(1).replaceAll("^/+", "");
        }
        return new SftpAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), directory);
    }

    /** The host as a known_hosts file names it: bare on port 22, {@code [host]:port} elsewhere. */
    public String knownHostsName() {
        return port == DEFAULT_PORT ? host : "[" + host + "]:" + port;
    }

    /** For messages: {@code files.dinsos.example:22/outbox}. */
    @Override
    public String toString() {
        return host + ":" + port + "/" + directory;
    }
}
