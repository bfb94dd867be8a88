package id.perpustakaan.jembatan.routes.sftp;

import id.perpustakaan.jembatan.connectors.sftp.KnownHostsFile;
import id.perpustakaan.jembatan.connectors.sftp.SftpAddress;
import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.mirror.MirrorSources;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agency's SFTP outbox: {@code url} the server and folder ({@code sftp://files.dinsos.example:22/outbox}).
 * Options: {@code username}; {@code password-file} or {@code private-key-file} (with
 * {@code private-key-passphrase-file} for a key that has one), or both; {@code known-hosts-file}, which must hold the
 * server's key: it is always checked, and a server showing another key is refused. With {@code mode: mirror} the
 * outbox is the agency's published set, only read ({@link SftpMirrorRouteTemplate}), and a librarian may look at it
 * at once.
 */
public class SftpKind implements SourceKind {

    @Override
    public String name() {
        return SftpSource.KIND;
    }

    @Override
    public String template(SourceDefinition source) {
        return MirrorSources.mirrored(source) ? SftpMirrorRouteTemplate.TEMPLATE : name();
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>(MirrorSources.check(source, index));
        SftpAddress address = null;
        try {
            address = SftpSource.address(source);
        } catch (IllegalArgumentException e) {
            problems.add(SourceSettings.problem(source.id(), index, "url", e.getMessage(),
                    "write the server and its folder, e.g. 'sftp://files." + source.agency().code()
                            + ".example:22/outbox'"));
        }
        if (source.option(SftpSource.USERNAME, "").isBlank()) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + SftpSource.USERNAME, "is missing",
                    "set the account the agency gave for its outbox"));
        }
        boolean password = !source.option(SftpSource.PASSWORD_FILE, "").isBlank();
        boolean key = !source.option(SftpSource.PRIVATE_KEY_FILE, "").isBlank();
        if (!password && !key) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + SftpSource.PASSWORD_FILE,
                    "and options." + SftpSource.PRIVATE_KEY_FILE + " are both missing", "name a file holding the"
                            + " account's password, or the account's private key file (never the password itself)"));
        }
        readable(source, index, SftpSource.PASSWORD_FILE, "the account's password", problems);
        readable(source, index, SftpSource.PRIVATE_KEY_FILE, "the account's private key (OpenSSH or PEM)",
                problems);
        if (!source.option(SftpSource.PRIVATE_KEY_PASSPHRASE_FILE, "").isBlank() && !key) {
            problems.add(SourceSettings.problem(source.id(), index, "options."
                    + SftpSource.PRIVATE_KEY_PASSPHRASE_FILE, "is set without options."
                    + SftpSource.PRIVATE_KEY_FILE, "name the private key it unlocks, or remove it"));
        }
        readable(source, index, SftpSource.PRIVATE_KEY_PASSPHRASE_FILE, "the private key's passphrase", problems);
        knownHosts(source, index, address, problems);
        return problems;
    }

    private static void knownHosts(SourceDefinition source, int index, SftpAddress address, List<String> problems) {
        String key = "options." + SftpSource.KNOWN_HOSTS_FILE;
        if (source.option(SftpSource.KNOWN_HOSTS_FILE, "").isBlank()) {
            problems.add(SourceSettings.problem(source.id(), index, key, "is missing", "name a known hosts file"
                    + " holding the server's key (ssh-keyscan -p PORT HOST > FILE, its fingerprint checked with the"
                    + " agency): without it the server cannot be told from an impostor, and nothing is read"));
            return;
        }
        if (address == null) {
            return;
        }
        Path file = SftpSource.file(source, SftpSource.KNOWN_HOSTS_FILE);
        KnownHostsFile.problem(file, address).ifPresent(problem -> problems.add(SourceSettings.problem(source.id(),
                index, key, problem, KnownHostsFile.howToAdd(file, address))));
    }

    private static void readable(SourceDefinition source, int index, String option, String what,
                                 List<String> problems) {
        if (source.option(option, "").isBlank()) {
            return;
        }
        Path file = SftpSource.file(source, option);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + option, "'" + file
                    + "' is not a readable file", "name the file holding " + what + ", readable by this user"));
        }
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return MirrorSources.mirrored(source)
                ? Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions())
                : Map.of("sourceId", source.id(), "uri", SftpSource.endpointUri(source));
    }

    @Override
    public Optional<String> runEndpoint(SourceDefinition source) {
        // an outbox is polled by Camel's consumer, which has no run to start; a mirror is looked at by a run
        return MirrorSources.mirrored(source) ? Optional.of(SftpMirrorRouteTemplate.RUN) : Optional.empty();
    }
}
