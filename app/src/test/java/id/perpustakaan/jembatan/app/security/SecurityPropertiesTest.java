package id.perpustakaan.jembatan.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.app.security.SecurityProperties.Account;
import id.perpustakaan.jembatan.app.security.SecurityProperties.MetricsAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    private static final String HASH = "$2a$10$k9FzU6juX3h43YqaUIvcIul9YGyREG5hCTSx0kwF9ExwtRu800jwK";
    private static final Account LIBRARIAN = new Account("siti", HASH, List.of("LIBRARIAN"));

    @Test
    void theMetricsAccountJoinsTheOthersWithTheMetricsRoleOnly() {
        var properties = new SecurityProperties(List.of(LIBRARIAN), new MetricsAccount("prometheus", HASH));

        assertThat(properties.accounts()).containsExactly(LIBRARIAN,
                new Account("prometheus", HASH, List.of("METRICS")));
    }

    @Test
    void withoutNameAndHashThereIsNoMetricsAccount() {
        assertThat(new SecurityProperties(List.of(LIBRARIAN), null).accounts()).containsExactly(LIBRARIAN);
        assertThat(new SecurityProperties(List.of(LIBRARIAN), new MetricsAccount("", null)).accounts())
                .containsExactly(LIBRARIAN);
    }

    @Test
    void aNameWithoutAHashStopsTheStart() {
        assertThatThrownBy(() -> new SecurityProperties(List.of(), new MetricsAccount("prometheus", "")).accounts())
                .hasMessage("jembatan.security.metrics-user needs both a name and a password-hash (bcrypt), or"
                        + " neither");
    }

    @Test
    void theMetricsAccountCannotShareALibrariansName() {
        assertThatThrownBy(() -> new SecurityProperties(List.of(LIBRARIAN), new MetricsAccount("siti", HASH))
                .accounts())
                .hasMessageContaining("'siti' is also in jembatan.security.users");
    }
}
