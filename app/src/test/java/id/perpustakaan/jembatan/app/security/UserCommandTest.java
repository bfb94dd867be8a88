package id.perpustakaan.jembatan.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UserCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Deque<String> typed = new ArrayDeque<>();

    @Test
    void addKeepsTheHashInTheDataFolderAndPrintsTheLinesToPaste() throws Exception {
        typed.addAll(List.of("rahasia-pustaka-1", "rahasia-pustaka-1"));

        assertThat(run("add", "siti", "--data-dir", dataDir.toString())).isZero();

        var accounts = new AccountsFile(dataDir).read();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).name()).isEqualTo("siti");
        assertThat(accounts.get(0).roles()).containsExactly("LIBRARIAN");
        String hash = accounts.get(0).passwordHash();
        assertThat(new BCryptPasswordEncoder().matches("rahasia-pustaka-1", hash)).isTrue();
        assertThat(Files.readString(dataDir.resolve("accounts"))).doesNotContain("rahasia-pustaka-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("accounts"))))
                .isEqualTo("rw-------");
        assertThat(printed()).contains("Added librarian 'siti' in " + dataDir.resolve("accounts"))
                .contains("JEMBATAN_SECURITY_USERS_0_NAME=siti")
                .contains("JEMBATAN_SECURITY_USERS_0_PASSWORD_HASH='" + hash + "'")
                .contains("JEMBATAN_SECURITY_USERS_0_ROLES=LIBRARIAN")
                .contains("- { name: siti, password-hash: \"" + hash + "\", roles: [LIBRARIAN] }")
                .doesNotContain("rahasia-pustaka-1");
    }

    @Test
    void addingAgainChangesThePasswordAndTheRoles() {
        typed.addAll(List.of("rahasia-pustaka-1", "rahasia-pustaka-1", "kata-sandi-baru-2", "kata-sandi-baru-2"));
        run("add", "siti", "--data-dir", dataDir.toString());

        assertThat(run("add", "siti", "--role", "admin", "--role", "librarian", "--data-dir", dataDir.toString()))
                .isZero();

        var accounts = new AccountsFile(dataDir).read();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).roles()).containsExactly("ADMIN", "LIBRARIAN");
        assertThat(new BCryptPasswordEncoder().matches("kata-sandi-baru-2", accounts.get(0).passwordHash())).isTrue();
        assertThat(printed()).contains("Changed the password of admin and librarian 'siti'");
    }

    @Test
    void aGeneratedPasswordIsShownOnce() {
        assertThat(run("add", "budi", "--generate", "--data-dir", dataDir.toString())).isZero();

        String shown = printed().lines().filter(line -> line.contains("password:")).findFirst().orElseThrow()
                .replaceAll(".*password: (\\S+).*", "$1");
        assertThat(shown).hasSize(20);
        assertThat(new BCryptPasswordEncoder().matches(shown, new AccountsFile(dataDir).read().get(0).passwordHash()))
                .isTrue();
    }

    @Test
    void aPipedPasswordIsOneLine() {
        typed.add("rahasia-pustaka-1");

        assertThat(run("add", "siti", "--data-dir", dataDir.toString())).isZero();
        assertThat(new AccountsFile(dataDir).read()).hasSize(1);
    }

    @Test
    void badInputChangesNothingAndSaysWhy() {
        typed.addAll(List.of("pendek", "pendek"));
        assertThat(run("add", "siti", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(errors()).contains("the password has 6 characters; give at least 10");

        typed.addAll(List.of("rahasia-pustaka-1", "rahasia-pustaka-2"));
        assertThat(run("add", "siti", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(errors()).contains("the two passwords differ");

        assertThat(run("add", "siti:x", "--generate", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(errors()).contains("the name 'siti:x' must be 1 to 64 letters");

        assertThat(run("add", "siti", "--generate", "--role", "metrics", "--data-dir", dataDir.toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("must be LIBRARIAN, ADMIN or both");

        assertThat(run("rename", "siti")).isEqualTo(2);
        assertThat(errors()).contains("unknown: rename").contains("usage: java -jar jembatan.jar user add NAME");

        assertThat(Files.exists(dataDir.resolve("accounts"))).isFalse();
    }

    @Test
    void listAndRemove() {
        run("add", "siti", "--generate", "--data-dir", dataDir.toString());
        run("add", "budi", "--generate", "--role", "admin", "--data-dir", dataDir.toString());
        out.reset();

        assertThat(run("list", "--data-dir", dataDir.toString())).isZero();
        assertThat(printed().lines()).hasSize(2).anyMatch(line -> line.matches("siti +librarian"))
                .anyMatch(line -> line.matches("budi +admin"));

        assertThat(run("remove", "siti", "--data-dir", dataDir.toString())).isZero();
        assertThat(new AccountsFile(dataDir).read()).extracting(SecurityProperties.Account::name)
                .containsExactly("budi");
        assertThat(run("remove", "siti", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(errors()).contains("no account 'siti'");
    }

    @Test
    void theDataFolderComesFromTheEnvironmentLikeJembatansOwn() {
        var command = new UserCommand(new PrintStream(out), new PrintStream(err), prompt -> null,
                Map.of("JEMBATAN_DATA_DIR", dataDir.toString()));

        assertThat(command.run(new String[] {"add", "siti", "--generate"})).isZero();
        assertThat(new AccountsFile(dataDir).read()).hasSize(1);
    }

    private int run(String... args) {
        return new UserCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                prompt -> typed.isEmpty() ? null : typed.poll().toCharArray(), Map.of()).run(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
