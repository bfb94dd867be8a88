package id.perpustakaan.jembatan.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback",
            "::1, loopback",
            "0.0.0.0, any-local",
            "10.20.30.40, private",
            "172.16.0.1, private",
            "172.31.255.255, private",
            "192.168.1.10, private",
            "169.254.169.254, link-local",
            "fe80::1, link-local",
            "100.64.0.1, carrier-grade NAT",
            "100.127.255.254, carrier-grade NAT",
            "fc00::1, unique-local",
            "fd12:3456::1, unique-local",
            "224.0.0.251, multicast",
            "ff02::1, multicast",
            "::ffff:10.0.0.1, private",
            "::127.0.0.1, loopback inside IPv6",
            "64:ff9b::a00:1, private inside IPv6",
    })
    void namesWhyAnAddressIsNotPublic(String literal, String kind) throws Exception {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"103.10.20.30", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"})
    void letsPublicAddressesThrough(String literal) throws Exception {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivateAndNamesBoth() {
        AddressGuard guard = new AddressGuard(false, host -> new InetAddress[] {
                InetAddress.getByName("103.10.20.30"), InetAddress.getByName("10.0.0.5")});

        assertThatThrownBy(() -> guard.check("intranet.sawahluntokota.go.id"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessage("refused: 10.0.0.5 (private, from intranet.sawahluntokota.go.id) is not a public address;"
                        + " allow-private-addresses is off for this source");
    }

    @Test
    void letsPrivateAddressesThroughWhenTheSourceAllowsThem() {
        AddressGuard guard = new AddressGuard(true, host -> new InetAddress[] {InetAddress.getByName("10.0.0.5")});

        assertThatCode(() -> guard.check("intranet.sawahluntokota.go.id")).doesNotThrowAnyException();
    }

    @Test
    void anUnresolvableHostIsRetryable() {
        AddressGuard guard = new AddressGuard(false, host -> {
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(() -> guard.check("tidak-ada.example"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("cannot resolve host tidak-ada.example");
    }

    @Test
    void fetcherRefusesLoopbackBeforeConnectingWhenPrivateAddressesAreOff() throws Exception {
        try (LocalOrigin origin = new LocalOrigin()) {
            origin.on("/berita", LocalOrigin.text(200, "isi"));
            FetchPolicy policy = FetchPolicy.forHosts(Set.of("127.0.0.1:*"));

            assertThatThrownBy(() -> new SafeFetcher(policy).fetch(FetchRequest.of(origin.url("/berita"))))
                    .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessage("refused: 127.0.0.1 (loopback) is not a public address;"
                            + " allow-private-addresses is off for this source");
            assertThat(origin.received()).isEmpty();
        }
    }
}
