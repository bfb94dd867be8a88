package id.perpustakaan.jembatan.connectors.sftp;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An agency's SFTP outbox: files are taken as from a shared folder, and afterwards moved on the server to
 * {@code .done/}, or to {@code .failed/} beside a {@code .reason} text, as in a folder source's inbox. Credentials are
 * read from files the source names, never written in the sources file; the server's host key must be in the
 * source's known hosts file, or nothing is read.
 */
public final class SftpSource {

    public static final String KIND = "sftp";
    public static final String CONNECTOR = "sftp";

    public static final String USERNAME = "username";
    public static final String PASSWORD_FILE = "password-file";
    public static final String PRIVATE_KEY_FILE = "private-key-file";
    public static final String PRIVATE_KEY_PASSPHRASE_FILE = "private-key-passphrase-file";
    public static final String KNOWN_HOSTS_FILE = "known-hosts-file";

    /** Names, in a source's route, of the beans its endpoint refers to. */
    public static final String QUIET_FILES = "outboxQuietFiles";
    public static final String DISPOSITION = "outboxDisposition";
    public static final String WATCH = "outboxWatch";
    public static final String PASSWORD = "outboxPassword";
    public static final String PASSPHRASE = "outboxPassphrase";

    private SftpSource() {
    }

    public static SftpAddress address(SourceDefinition source) {
        return SftpAddress.parse(source.location());
    }

    public static Path file(SourceDefinition source, String option) {
        return Path.of(source.option(option, "")).toAbsolutePath().normalize();
    }

    /**
     * The Camel sftp endpoint of a source's outbox ({@code mode: drop}). Files are processed on the poller's thread
     * ({@code synchronous}): one SFTP session per source carries listing, reading and moving, and a session is not to
     * be used by two threads at once. The endpoint moves nothing itself: {@link OutboxDisposition} does, once Kafka
     * acknowledged. Secrets are beans of the route, read from their files, so that they appear in no endpoint
     * address. A connection that fails is thrown to {@link SftpSource#WATCH}, which says why, and is tried again at
     * the next poll, not within it.
     */
    public static String endpointUri(SourceDefinition source) {
        StringBuilder uri = connection(source);
        if (!source.option(PASSWORD_FILE, "").isBlank()) {
            uri.append("&password=").append(bean(PASSWORD));
        }
        if (!source.option(PRIVATE_KEY_FILE, "").isBlank()
                && !source.option(PRIVATE_KEY_PASSPHRASE_FILE, "").isBlank()) {
            uri.append("&privateKeyPassphrase=").append(bean(PASSPHRASE));
        }
        return uri.append("&synchronous=true")
                .append("&filter=").append(bean(QUIET_FILES))
                .append("&processStrategy=").append(bean(DISPOSITION))
                .append("&pollStrategy=").append(bean(WATCH))
                .append("&throwExceptionOnConnectFailed=true")
                // sidecars are not documents: the intake reads them with their file
                .append("&exclude=").append(raw(FolderSource.TEMPORARY_FILES + "|(?i)(" + Sidecar.NAMES + ")"))
                .append('&').append(source.schedulingOptions())
                .append("&greedy=true")
                .append("&maxMessagesPerPoll=100")
                .append("&sortBy=file:modified")
                .toString();
    }

    /**
     * How any connection to the source's server is made, whatever the source's mode: the server and folder, the
     * account and its key file, the known hosts file with strict checking always on (never the user's own
     * {@code ~/.ssh/known_hosts}), one try per connection, the folder never created, and files read as streams
     * ({@code streamDownload}), so that at most the size limit of one is read, by full path ({@code stepwise=false}).
     * The secrets are not part of it: {@link #secrets} gives them to a connection made for a look at a mirrored
     * outbox, and beans of the route to the outbox's endpoint.
     */
    public static String connectionUri(SourceDefinition source) {
        return connection(source).toString();
    }

    /** The source's password and key passphrase, read from their files now, as the endpoint's options name them. */
    public static Map<String, Object> secrets(SourceDefinition source) {
        Map<String, Object> secrets = new HashMap<>();
        if (!source.option(PASSWORD_FILE, "").isBlank()) {
            secrets.put("password", SecretFile.read(file(source, PASSWORD_FILE)));
        }
        if (!source.option(PRIVATE_KEY_FILE, "").isBlank()
                && !source.option(PRIVATE_KEY_PASSPHRASE_FILE, "").isBlank()) {
            secrets.put("privateKeyPassphrase", SecretFile.read(file(source, PRIVATE_KEY_PASSPHRASE_FILE)));
        }
        return secrets;
    }

    private static StringBuilder connection(SourceDefinition source) {
        SftpAddress address = address(source);
        StringBuilder uri = new StringBuilder("sftp://").append(address.host()).append(':').append(address.port())
                .append('/').append(address.directory())
                .append("?username=").append(raw(source.option(USERNAME, "").strip()))
                .append("&knownHostsFile=").append(raw(file(source, KNOWN_HOSTS_FILE).toString()))
                .append("&strictHostKeyChecking=yes")
                .append("&useUserKnownHostsFile=false");
        if (!source.option(PRIVATE_KEY_FILE, "").isBlank()) {
            uri.append("&privateKeyFile=").append(raw(file(source, PRIVATE_KEY_FILE).toString()));
        }
        return uri.append("&maximumReconnectAttempts=0")
                .append("&autoCreate=false")
                .append("&streamDownload=true")
                .append("&stepwise=false");
    }

    /** A bean of the source's route: Camel names it uniquely per route, and gives the name as a placeholder. */
    private static String bean(String name) {
        return "#bean:{{" + name + "}}";
    }

    private static String raw(String value) {
        return "RAW{" + value + "}";
    }
}
