package id.perpustakaan.jembatan.routes.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.sftp.SftpSource;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in an SFTP source is said at start with the key and the fix. */
class SftpKindTest {

    private static final String URL = "sftp://files.dinsos.example:2222/outbox";
    private static final String KEY_LINE = "[files.dinsos.example]:2222 ecdsa-sha2-nistp256"
            + " AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opOdmh+9ZO1fXZ3WScqBuUQf2RHRrX"
            + "hKi0jzt5P0PTdpIOtf4aAKYJIJj1ea2qgWsE8=\n";

    @TempDir
    Path config;

    private SourceDefinition source(String url, Map<String, String> options) {
        return new SourceDefinition("dinsos-sftp", new Agency("dinsos", "Dinas Sosial"), "sftp", url,
                Duration.ofMinutes(1), ReviewPolicy.AUTO, DocumentKind.OTHER, options, null);
    }

    private Map<String, String> complete() throws IOException {
        Map<String, String> options = new HashMap<>();
        options.put(SftpSource.USERNAME, "dinsos");
        options.put(SftpSource.PASSWORD_FILE, Files.writeString(config.resolve("password"), "rahasia").toString());
        options.put(SftpSource.KNOWN_HOSTS_FILE, Files.writeString(config.resolve("known_hosts"), KEY_LINE)
                .toString());
        return options;
    }

    @Test
    void aCompleteSourceHasNoProblem() throws IOException {
        assertThat(new SftpKind().check(source(URL, complete()), 3)).isEmpty();
    }

    @Test
    void aMissingKnownHostsFileIsRefused() throws IOException {
        Map<String, String> options = complete();
        options.remove(SftpSource.KNOWN_HOSTS_FILE);

        assertThat(new SftpKind().check(source(URL, options), 3)).singleElement().asString()
                .startsWith("source 'dinsos-sftp' (jembatan.sources[3].options.known-hosts-file) is missing: name a"
                        + " known hosts file holding the server's key");
    }

    @Test
    void aKnownHostsFileWithoutTheServersKeyIsRefused() throws IOException {
        Map<String, String> options = complete();
        Files.writeString(Path.of(options.get(SftpSource.KNOWN_HOSTS_FILE)), KEY_LINE.replace(":2222", ":22"));

        assertThat(new SftpKind().check(source(URL, options), 3)).singleElement().asString()
                .contains("(jembatan.sources[3].options.known-hosts-file) '" + config.resolve("known_hosts")
                        + "' holds no key for [files.dinsos.example]:2222: add the server's key with"
                        + " 'ssh-keyscan -p 2222 files.dinsos.example >> ");
    }

    @Test
    void withoutPasswordOrKeyNothingCanLogIn() throws IOException {
        Map<String, String> options = complete();
        options.remove(SftpSource.PASSWORD_FILE);

        assertThat(new SftpKind().check(source(URL, options), 0)).singleElement().asString()
                .contains("options.password-file) and options.private-key-file are both missing")
                .contains("never the password itself");
    }

    @Test
    void secretFilesMustBeReadableAndTheUserGiven() throws IOException {
        Map<String, String> options = complete();
        options.remove(SftpSource.USERNAME);
        options.put(SftpSource.PASSWORD_FILE, config.resolve("tidak-ada").toString());
        options.put(SftpSource.PRIVATE_KEY_PASSPHRASE_FILE, config.resolve("password").toString());

        assertThat(new SftpKind().check(source(URL, options), 0)).containsExactlyInAnyOrder(
                "source 'dinsos-sftp' (jembatan.sources[0].options.username) is missing: set the account the agency"
                        + " gave for its outbox",
                "source 'dinsos-sftp' (jembatan.sources[0].options.password-file) '" + config.resolve("tidak-ada")
                        + "' is not a readable file: name the file holding the account's password, readable by this"
                        + " user",
                "source 'dinsos-sftp' (jembatan.sources[0].options.private-key-passphrase-file) is set without"
                        + " options.private-key-file: name the private key it unlocks, or remove it");
    }

    @Test
    void aUrlThatIsNoOutboxIsRefused() throws IOException {
        assertThat(new SftpKind().check(source("ftp://files.dinsos.example/outbox", complete()), 1)).singleElement()
                .asString().isEqualTo("source 'dinsos-sftp' (jembatan.sources[1].url) 'ftp://files.dinsos.example/"
                        + "outbox' is not an sftp:// address: write the server and its folder, e.g."
                        + " 'sftp://files.dinsos.example:22/outbox'");
    }

    @Test
    void theEndpointAddressHoldsNoSecret() throws IOException {
        Map<String, String> options = complete();

        String uri = SftpSource.endpointUri(source(URL, options));

        assertThat(uri).startsWith("sftp://files.dinsos.example:2222/outbox?username=RAW{dinsos}")
                .contains("strictHostKeyChecking=yes", "password=#bean:{{outboxPassword}}")
                .doesNotContain("rahasia");
    }

    @Test
    void aMirroredOutboxIsLookedAtByItsOwnTemplateWhichALibrarianMayRunAtOnce() throws IOException {
        Map<String, String> options = complete();
        SourceDefinition drop = source(URL, options);
        options.put("mode", "mirror");
        SourceDefinition mirror = source(URL, options);
        SftpKind kind = new SftpKind();

        assertThat(kind.template(drop)).isEqualTo("sftp");
        assertThat(kind.runEndpoint(drop)).isEmpty();
        assertThat(kind.template(mirror)).isEqualTo(SftpMirrorRouteTemplate.TEMPLATE);
        assertThat(kind.runEndpoint(mirror)).contains(SftpMirrorRouteTemplate.RUN);
        assertThat(kind.check(mirror, 3)).isEmpty();
        assertThat(kind.templateParameters(mirror)).containsOnlyKeys("sourceId", "scheduling");
    }

    @Test
    void aMirrorsConnectionIsTheOutboxsWithoutItsSecretsOrConsumer() throws IOException {
        Map<String, String> options = complete();
        SourceDefinition source = source(URL, options);

        String connection = SftpSource.connectionUri(source);

        assertThat(SftpSource.endpointUri(source)).startsWith(connection);
        assertThat(connection).contains("strictHostKeyChecking=yes", "useUserKnownHostsFile=false",
                "knownHostsFile=RAW{" + config.resolve("known_hosts") + "}").doesNotContain("password", "rahasia",
                "processStrategy", "filter");
        assertThat(SftpSource.secrets(source)).containsExactly(Map.entry("password", "rahasia"));
    }
}
