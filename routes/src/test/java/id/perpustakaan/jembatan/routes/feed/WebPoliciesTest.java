package id.perpustakaan.jembatan.routes.feed;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebPoliciesTest {

    @Test
    void aSourceWaitsASecondBetweenRequestsUnlessItSetsItsOwnPace() {
        assertThat(WebPolicies.policyOf(feed(Map.of())).perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(WebPolicies.policyOf(feed(Map.of("request-interval", "5s"))).perHostDelay())
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(WebPolicies.policyOf(feed(Map.of("request-interval", "200ms"))).perHostDelay())
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void keepsItsOwnHostAndPortAndPrivateAddressesOnlyWhenAsked() {
        var policy = WebPolicies.policyOf(new SourceDefinition("uji", new Agency("uji", "Uji"), "feed",
                "http://127.0.0.1:8081/feed.xml", Duration.ofHours(1), ReviewPolicy.AUTO, DocumentKind.OTHER,
                Map.of("allow-private-addresses", "true"), null));
        assertThat(policy.allowedHosts()).contains("127.0.0.1:8081");
        assertThat(policy.allowPrivateAddresses()).isTrue();
        assertThat(WebPolicies.policyOf(feed(Map.of())).allowPrivateAddresses()).isFalse();
    }

    private static SourceDefinition feed(Map<String, String> options) {
        return new SourceDefinition("disdik-feed", new Agency("disdik", "Dinas Pendidikan"), "feed",
                "https://disdik.sawahluntokota.go.id/feed", Duration.ofMinutes(15), ReviewPolicy.AUTO,
                DocumentKind.ANNOUNCEMENT, options, null);
    }
}
