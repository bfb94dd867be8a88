package id.perpustakaan.jembatan.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FetchAllowedHostsTest {

    @Test
    void matchesHostsExactlyIgnoringCaseAndAFinalDot() {
        AllowedHosts hosts = new AllowedHosts(Set.of("Disdik.SawahluntoKota.go.id"));

        assertThat(hosts.permits("disdik.sawahluntokota.go.id")).isTrue();
        assertThat(hosts.permits("DISDIK.sawahluntokota.go.id.")).isTrue();
        assertThat(hosts.permits("sawahluntokota.go.id")).isFalse();
        assertThat(hosts.permits("disdik.sawahluntokota.go.id.evil.example")).isFalse();
        assertThat(hosts.permits("evil-disdik.sawahluntokota.go.id")).isFalse();
    }

    @Test
    void aWildcardAllowsSubdomainsButNotLookalikes() {
        AllowedHosts hosts = new AllowedHosts(Set.of("*.sawahluntokota.go.id"));

        assertThat(hosts.permits("disdik.sawahluntokota.go.id")).isTrue();
        assertThat(hosts.permits("a.b.sawahluntokota.go.id")).isTrue();
        assertThat(hosts.permits("sawahluntokota.go.id")).isFalse();
        assertThat(hosts.permits("evilsawahluntokota.go.id")).isFalse();
    }

    @Test
    void ipv6LiteralsMatchWithOrWithoutBrackets() {
        assertThat(new AllowedHosts(Set.of("::1")).permits("[::1]")).isTrue();
    }
}
