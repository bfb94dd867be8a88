package id.perpustakaan.jembatan.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FetchAllowedHostsTest {

    @Test
    void matchesHostsExactlyIgnoringCaseAndAFinalDot() {
        AllowedHosts hosts = new AllowedHosts(Set.of("Disdik.SawahluntoKota.go.id"));

        assertThat(hosts.permits(URI.create("https://disdik.sawahluntokota.go.id/a"))).isTrue();
        assertThat(hosts.permits(URI.create("http://DISDIK.sawahluntokota.go.id./a"))).isTrue();
        assertThat(hosts.permits(URI.create("https://sawahluntokota.go.id/"))).isFalse();
        assertThat(hosts.permits(URI.create("https://disdik.sawahluntokota.go.id.evil.example/"))).isFalse();
        assertThat(hosts.permits(URI.create("https://evil-disdik.sawahluntokota.go.id/"))).isFalse();
    }

    @Test
    void aWildcardAllowsSubdomainsButNotLookalikes() {
        AllowedHosts hosts = new AllowedHosts(Set.of("*.sawahluntokota.go.id"));

        assertThat(hosts.permits(URI.create("https://disdik.sawahluntokota.go.id/"))).isTrue();
        assertThat(hosts.permits(URI.create("https://a.b.sawahluntokota.go.id/"))).isTrue();
        assertThat(hosts.permits(URI.create("https://sawahluntokota.go.id/"))).isFalse();
        assertThat(hosts.permits(URI.create("https://evilsawahluntokota.go.id/"))).isFalse();
    }

    @Test
    void ipv6LiteralsMatchWithOrWithoutBrackets() {
        assertThat(new AllowedHosts(Set.of("::1")).permits(URI.create("http://[::1]/"))).isTrue();
        assertThat(new AllowedHosts(Set.of("[::1]:8080")).permits(URI.create("http://[::1]:8080/"))).isTrue();
        assertThat(new AllowedHosts(Set.of("[::1]:8080")).permits(URI.create("http://[::1]:9200/"))).isFalse();
    }

    @Test
    void aHostWithoutPortIsAllowedOnTheStandardPortsOnly() {
        AllowedHosts hosts = new AllowedHosts(Set.of("disdik.sawahluntokota.go.id"));

        assertThat(hosts.permits(URI.create("http://disdik.sawahluntokota.go.id:80/"))).isTrue();
        assertThat(hosts.permits(URI.create("https://disdik.sawahluntokota.go.id:443/"))).isTrue();
        assertThat(hosts.permits(URI.create("http://disdik.sawahluntokota.go.id:9200/_cat/indices"))).isFalse();
        assertThat(hosts.permits(URI.create("http://disdik.sawahluntokota.go.id:8080/"))).isFalse();
    }

    @Test
    void aPortNamedIsTheOnlyOneAllowedUnlessItIsAStar() {
        AllowedHosts one = new AllowedHosts(Set.of("cdn.sawahluntokota.go.id:8443"));
        assertThat(one.permits(URI.create("https://cdn.sawahluntokota.go.id:8443/a.pdf"))).isTrue();
        assertThat(one.permits(URI.create("https://cdn.sawahluntokota.go.id/a.pdf"))).isFalse();

        AllowedHosts any = new AllowedHosts(Set.of("127.0.0.1:*"));
        assertThat(any.permits(URI.create("http://127.0.0.1:34567/"))).isTrue();
        assertThat(any.toString()).isEqualTo("[127.0.0.1:*]");
    }

    @Test
    void aBrokenPortIsRefusedWithTheEntry() {
        assertThatThrownBy(() -> new AllowedHosts(Set.of("cdn.example.org:http")))
                .hasMessage("allowed host 'cdn.example.org:http' has no valid port after ':' (1 to 65535, or *)");
    }
}
