package id.perpustakaan.jembatan.routes.smb;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmbKindTest {

    @TempDir
    Path secrets;

    private final SmbKind kind = new SmbKind();

    @Test
    void aCompleteSourceHasNoProblems() throws Exception {
        Path password = Files.writeString(secrets.resolve("dinsos.password"), "rahasia\n");

        assertThat(kind.check(source("smb://fileserver.dinsos.local/outbox/pengumuman", Map.of("username", "jembatan",
                "domain", "DINSOS", "password-file", password.toString())), 3)).isEmpty();
    }

    @Test
    void namesEachKeyThatIsWrongAndTheFix() throws Exception {
        Path empty = Files.createFile(secrets.resolve("kosong.password"));

        assertThat(kind.check(source("https://fileserver/outbox", Map.of("password", "rahasia",
                "password-file", empty.toString())), 2)).containsExactly(
                "source 'dinsos-share' (jembatan.sources[2].url) 'https://fileserver/outbox' is not an smb:// address:"
                        + " write the share's folder as smb://server/share/folder, e.g."
                        + " 'smb://fileserver.dinsos.local/outbox/pengumuman'",
                "source 'dinsos-share' (jembatan.sources[2].options.username) is missing: set the account Jembatan"
                        + " signs in with on the share, e.g. 'jembatan'",
                "source 'dinsos-share' (jembatan.sources[2].options.password) must not be written in the sources"
                        + " file: put the password alone in a file only Jembatan can read, and name that file in"
                        + " options.password-file",
                "source 'dinsos-share' (jembatan.sources[2].options.password-file) '" + empty + "' is empty: write"
                        + " the account's password alone in it, readable by the user Jembatan runs as (e.g."
                        + " '/etc/jembatan/dinsos-share.password')");
    }

    @Test
    void aMissingOrUnreadablePasswordFileIsAProblem() {
        Map<String, String> options = new HashMap<>(Map.of("username", "jembatan"));
        assertThat(kind.check(source("smb://fileserver/outbox", options), 0)).singleElement().asString()
                .contains("options.password-file) is missing");

        options.put("password-file", secrets.resolve("tidak-ada").toString());
        assertThat(kind.check(source("smb://fileserver/outbox", options), 0)).singleElement().asString()
                .contains("'" + secrets.resolve("tidak-ada") + "' is not a file Jembatan can read");
    }

    @Test
    void aMirroredShareIsLookedAtByItsOwnTemplateAndRunNeverMovesItsFiles() throws Exception {
        Path password = Files.writeString(secrets.resolve("dinsos.password"), "rahasia\n");
        Map<String, String> options = new HashMap<>(Map.of("username", "jembatan", "password-file",
                password.toString()));
        SourceDefinition drop = source("smb://fileserver/outbox", options);
        options.put("mode", "mirror");
        SourceDefinition mirror = source("smb://fileserver/outbox", options);

        assertThat(kind.template(drop)).isEqualTo("smb");
        assertThat(kind.runEndpoint(drop)).contains(SmbRouteTemplate.RUN);
        assertThat(kind.template(mirror)).isEqualTo(SmbMirrorRouteTemplate.TEMPLATE);
        assertThat(kind.runEndpoint(mirror)).contains(SmbMirrorRouteTemplate.RUN);
        assertThat(kind.check(mirror, 1)).isEmpty();
        assertThat(kind.templateParameters(mirror)).containsOnlyKeys("sourceId", "scheduling");
    }

    @Test
    void aModeThatIsNeitherIsAProblem() throws Exception {
        Path password = Files.writeString(secrets.resolve("dinsos.password"), "rahasia\n");

        assertThat(kind.check(source("smb://fileserver/outbox", Map.of("username", "jembatan", "password-file",
                password.toString(), "mode", "cermin", "mirror-max-withdrawal-percent", "150")), 1)).containsExactly(
                "source 'dinsos-share' (jembatan.sources[1].options.mode) 'cermin' is not a mode: write 'drop'"
                        + " (files handed over move to .done/) or 'mirror' (the folder is the agency's published set:"
                        + " removed files are withdrawn)",
                "source 'dinsos-share' (jembatan.sources[1].options.mirror-max-withdrawal-percent) '150' is not a"
                        + " percentage from 1 to 100: write e.g. 50: a look that would withdraw more of the source's"
                        + " documents withdraws none");
    }

    private static SourceDefinition source(String url, Map<String, String> options) {
        return new SourceDefinition("dinsos-share", new Agency("dinsos", "Dinas Sosial"), "smb", url,
                Duration.ofMinutes(1), ReviewPolicy.AUTO, DocumentKind.OTHER, options, null);
    }
}
