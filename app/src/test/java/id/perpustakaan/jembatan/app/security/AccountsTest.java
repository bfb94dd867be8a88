package id.perpustakaan.jembatan.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.app.security.SecurityProperties.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class AccountsTest {

    private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultMakesAnAdministratorWhoCanSignInAndShowsThePasswordOnce() {
        var accounts = new Accounts(List.of(), new AccountsFile(dataDir));

        FirstAdministrator first = FirstAdministrator.makeIfNobody(accounts, PASSWORDS, true);

        String announcement = first.announceOnce().orElseThrow();
        String password = announcement.lines().filter(line -> line.contains("password:")).findFirst().orElseThrow()
                .replaceAll(".*password: *", "");
        assertThat(password).hasSize(20);
        assertThat(announcement).contains("name:     admin").contains(dataDir.resolve("accounts").toString())
                .contains("user add NAME");
        assertThat(first.announceOnce()).isEmpty();
        assertThat(signIn(accounts, "admin", password).getAuthorities()).extracting(Object::toString)
                .filteredOn(authority -> authority.startsWith("ROLE_")).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_LIBRARIAN");
    }

    @Test
    void noAdministratorIsMadeForADeploymentOrWhenSomebodyHasAnAccount() {
        var nobody = new Accounts(List.of(), new AccountsFile(dataDir));
        assertThat(FirstAdministrator.makeIfNobody(nobody, PASSWORDS, false).announceOnce()).isEmpty();
        assertThat(Files.exists(dataDir.resolve("accounts"))).isFalse();

        var configured = new Accounts(List.of(new Account("siti", PASSWORDS.encode("x"), List.of("LIBRARIAN"))),
                new AccountsFile(dataDir));
        assertThat(FirstAdministrator.makeIfNobody(configured, PASSWORDS, true).announceOnce()).isEmpty();

        FirstAdministrator.makeIfNobody(nobody, PASSWORDS, true);
        var secondStart = new Accounts(List.of(), new AccountsFile(dataDir));
        assertThat(FirstAdministrator.makeIfNobody(secondStart, PASSWORDS, true).announceOnce()).isEmpty();
        assertThat(new AccountsFile(dataDir).read()).hasSize(1);
    }

    @Test
    void anAccountAddedToTheFileSignsInWithoutARestartAndARemovedOneNoLonger() throws Exception {
        var file = new AccountsFile(dataDir);
        var accounts = new Accounts(List.of(), file);
        assertThatThrownBy(() -> accounts.loadUserByUsername("budi")).isInstanceOf(UsernameNotFoundException.class);

        file.put(new Account("budi", PASSWORDS.encode("rahasia-pustaka-1"), List.of("LIBRARIAN")));
        assertThat(signIn(accounts, "budi", "rahasia-pustaka-1").isAuthenticated()).isTrue();

        file.remove("budi");
        // a file rewritten within the clock's resolution still counts as changed
        Files.setLastModifiedTime(file.path(), FileTime.from(Instant.now().plusSeconds(5)));
        assertThatThrownBy(() -> accounts.loadUserByUsername("budi")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theConfigurationWinsOverTheFileForTheSameName() {
        var file = new AccountsFile(dataDir);
        file.put(new Account("siti", PASSWORDS.encode("dari-berkas-123"), List.of("ADMIN")));
        var accounts = new Accounts(List.of(new Account("siti", PASSWORDS.encode("dari-konfigurasi"),
                List.of("LIBRARIAN"))), file);

        assertThat(signIn(accounts, "siti", "dari-konfigurasi").getAuthorities()).extracting(Object::toString)
                .filteredOn(authority -> authority.startsWith("ROLE_")).containsExactly("ROLE_LIBRARIAN");
        assertThat(accounts.all()).hasSize(1);
    }

    @Test
    void aBrokenLineIsNamed() throws Exception {
        Files.writeString(dataDir.resolve("accounts"), "# comment\nsiti:not-a-hash:LIBRARIAN\n");

        assertThatThrownBy(() -> new AccountsFile(dataDir).read()).hasMessageContaining("accounts line 2")
                .hasMessageContaining("not a bcrypt hash");
    }

    private static org.springframework.security.core.Authentication signIn(Accounts accounts, String name,
                                                                          String password) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(PASSWORDS);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }
}
