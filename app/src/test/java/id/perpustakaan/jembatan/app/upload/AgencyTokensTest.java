package id.perpustakaan.jembatan.app.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.model.AgencyToken;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private final List<AgencyToken> written = new ArrayList<>();
    private final AgencyTokens tokens = readTokens(NOW);

    /** Tokens as an instance whose clock says {@code now} knows them once it read the topic. */
    private AgencyTokens readTokens(Instant now) {
        AgencyTokens read = new AgencyTokens(written::add, Clock.fixed(now, ZoneOffset.UTC));
        read.caughtUp();
        return read;
    }

    @Test
    void aTokenIsToldOnceAndKeptOnlyAsTheHashOfItsSecret() throws Exception {
        AgencyTokens.Issued issued = tokens.create("dinsos", "SIMPEG Dinas Sosial", 90, "admin-uji");

        assertThat(issued.text()).matches("jbt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        String secret = issued.text().substring(21);
        assertThat(written).singleElement().satisfies(token -> {
            assertThat(token.agencyCode()).isEqualTo("dinsos");
            assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
            assertThat(token.createdBy()).isEqualTo("admin-uji");
            assertThat(JembatanJson.mapper().writeValueAsString(token)).doesNotContain(secret);
            assertThat(token.secretSha256()).hasSize(64);
        });
        assertThat(tokens.verify(issued.text()).outcome()).isEqualTo(AgencyTokens.Outcome.VALID);
        assertThat(tokens.verify(issued.text()).token().agencyCode()).isEqualTo("dinsos");
    }

    @Test
    void anotherSecretUnderAKnownIdOrAnythingElseIsUnknown() throws Exception {
        String text = tokens.create("dinsos", "SIMPEG", 30, "admin").text();
        String otherSecret = text.substring(0, 21) + TokenText.generate().secret();

        assertThat(tokens.verify(otherSecret).outcome()).isEqualTo(AgencyTokens.Outcome.UNKNOWN);
        assertThat(tokens.verify(TokenText.generate().text()).outcome()).isEqualTo(AgencyTokens.Outcome.UNKNOWN);
        assertThat(tokens.verify("admin:secret").outcome()).isEqualTo(AgencyTokens.Outcome.UNKNOWN);
        assertThat(tokens.verify(otherSecret).token()).as("nothing about the token it is not").isNull();
    }

    @Test
    void aTokenEndsAtItsExpiryAndWhenRevoked() throws Exception {
        String text = tokens.create("dinsos", "SIMPEG", 1, "admin").text();
        AgencyTokens aDayLater = readTokens(NOW.plus(Duration.ofDays(1)));
        aDayLater.apply(written.get(0).tokenId(), written.get(0));
        assertThat(aDayLater.verify(text).outcome()).isEqualTo(AgencyTokens.Outcome.EXPIRED);
        AgencyTokens aMomentBefore = readTokens(NOW.plus(Duration.ofDays(1)).minusSeconds(1));
        aMomentBefore.apply(written.get(0).tokenId(), written.get(0));
        assertThat(aMomentBefore.verify(text).outcome()).isEqualTo(AgencyTokens.Outcome.VALID);

        String id = tokens.verify(text).token().tokenId();
        tokens.revoke("dinsos", id, "admin-dua");
        assertThat(tokens.verify(text).outcome()).isEqualTo(AgencyTokens.Outcome.REVOKED);
        assertThat(written).hasSize(2);
        assertThat(written.get(1).revokedBy()).isEqualTo("admin-dua");
    }

    @Test
    void aRecordFromTheTopicMakesATokenKnownHereAndARevocationFromElsewhereEndsIt() throws Exception {
        var elsewhere = readTokens(NOW);
        String text = elsewhere.create("disdik", "Dapodik", 90, "admin").text();
        AgencyToken token = written.get(0);

        tokens.apply(token.tokenId(), token);
        assertThat(tokens.verify(text).outcome()).isEqualTo(AgencyTokens.Outcome.VALID);
        tokens.apply(token.tokenId(), token.revoked(NOW, "admin"));
        assertThat(tokens.verify(text).outcome()).isEqualTo(AgencyTokens.Outcome.REVOKED);
        tokens.apply(token.tokenId(), null);
        assertThat(tokens.verify(text).outcome()).isEqualTo(AgencyTokens.Outcome.UNKNOWN);
    }

    @Test
    void beforeTheTopicIsReadAnUnknownTokenIsNotYetRefused() {
        var starting = new AgencyTokens(written::add, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(starting.verify(TokenText.generate().text()).outcome())
                .isEqualTo(AgencyTokens.Outcome.NOT_READY);
    }

    @Test
    void anAgencyRevokesOnlyItsOwnTokensAndListsOnlyThem() throws Exception {
        String id = tokens.verify(tokens.create("dinsos", "SIMPEG", 30, "admin").text()).token().tokenId();
        tokens.create("disdik", "Dapodik", 30, "admin");

        assertThatThrownBy(() -> tokens.revoke("disdik", id, "admin")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("GET /api/admin/agencies/disdik/tokens");
        assertThat(tokens.of("dinsos")).extracting(AgencyToken::label).containsExactly("SIMPEG");
    }

    @Test
    void aTokenMustEndWithinAYearAndSayWhatUsesIt() {
        assertThatThrownBy(() -> tokens.create("dinsos", "SIMPEG", 366, "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 365");
        assertThatThrownBy(() -> tokens.create("dinsos", "SIMPEG", 0, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("dinsos", " ", 30, "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
        assertThat(written).isEmpty();
    }

    @Test
    void nothingIsKnownOfATokenKafkaDidNotTake() {
        var offline = new AgencyTokens(token -> {
            throw new IOException("Kafka did not take the token");
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> offline.create("dinsos", "SIMPEG", 30, "admin")).isInstanceOf(IOException.class);
        assertThat(offline.of("dinsos")).isEmpty();
    }
}
