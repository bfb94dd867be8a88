package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.model.AgencyToken;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agencies' upload tokens as this instance knows them: every record of the agency-tokens topic, read from its
 * beginning and followed ({@link AgencyTokensTopic}), so that any web instance verifies any token, and a revocation
 * made anywhere refuses the token everywhere within a moment. Creating or revoking a token returns once Kafka has it.
 */
public class AgencyTokens {

    /** Where tokens are kept: returns once the record is acknowledged. */
    @FunctionalInterface
    interface TokenLog {
        void write(AgencyToken token) throws IOException;
    }

    /** A new token, with its text: the only time it is told. */
    record Issued(AgencyToken token, String text) {
    }

    enum Outcome { VALID, UNKNOWN, EXPIRED, REVOKED, NOT_READY }

    /** What a presented token is; {@code token} is set unless it is unknown. */
    record Verification(Outcome outcome, AgencyToken token) {
    }

    private final Map<String, AgencyToken> byId = new ConcurrentHashMap<>();
    private final TokenLog log;
    private final Clock clock;
    private volatile boolean ready;

    AgencyTokens(TokenLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** A record of the topic; null: the token was deleted from it. */
    void apply(String tokenId, AgencyToken token) {
        if (token == null) {
            byId.remove(tokenId);
        } else {
            byId.put(tokenId, token);
        }
    }

    /** The topic has been read to where it ended at the start: an unknown token is unknown, not yet unread. */
    void caughtUp() {
        ready = true;
    }

    Issued create(String agencyCode, String label, int days, String by) throws IOException {
        if (days < 1 || days > UploadProperties.MAX_TOKEN_DAYS) {
            throw new IllegalArgumentException("expiresInDays is " + days + ": give 1 to "
                    + UploadProperties.MAX_TOKEN_DAYS + " days (a token must end by itself should it leak)");
        }
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("label is missing or longer than 200 characters: say which system"
                    + " uses the token, e.g. 'SIMPEG Dinas Sosial'");
        }
        TokenText text = TokenText.generate();
        Instant now = clock.instant();
        AgencyToken token = new AgencyToken(text.tokenId(), agencyCode, text.secretSha256(), label.strip(), now,
                now.plus(Duration.ofDays(days)), by, null, null);
        log.write(token);
        byId.put(token.tokenId(), token);
        return new Issued(token, text.text());
    }

    /** The agency's tokens, newest first, revoked and expired ones included. */
    List<AgencyToken> of(String agencyCode) {
        return byId.values().stream().filter(token -> token.agencyCode().equals(agencyCode))
                .sorted(Comparator.comparing(AgencyToken::createdAt).reversed()).toList();
    }

    AgencyToken revoke(String agencyCode, String tokenId, String by) throws IOException {
        AgencyToken token = Optional.ofNullable(byId.get(tokenId))
                .filter(known -> known.agencyCode().equals(agencyCode))
                .orElseThrow(() -> new NotFoundException("agency '" + agencyCode + "' has no token '" + tokenId
                        + "': list its tokens with GET /api/admin/agencies/" + agencyCode + "/tokens"));
        if (token.revokedAt() != null) {
            return token;
        }
        AgencyToken revoked = token.revoked(clock.instant(), by);
        log.write(revoked);
        byId.put(tokenId, revoked);
        return revoked;
    }

    Verification verify(String presented) {
        Optional<TokenText> text = TokenText.parse(presented);
        AgencyToken token = text.map(t -> byId.get(t.tokenId())).orElse(null);
        // the secret is compared even when its token is unknown, so that timing does not tell which ids exist
        boolean matches = text.isPresent() && text.get().matches(token == null ? "00" : token.secretSha256());
        if (token == null || !matches) {
            return new Verification(ready ? Outcome.UNKNOWN : Outcome.NOT_READY, null);
        }
        if (token.revokedAt() != null) {
            return new Verification(Outcome.REVOKED, token);
        }
        if (!token.validAt(clock.instant())) {
            return new Verification(Outcome.EXPIRED, token);
        }
        return new Verification(Outcome.VALID, token);
    }
}
