package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.model.AgencyToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create, list and revoke each agency's upload tokens. */
@RestController
@Tag(name = "Agency tokens", description = "administrators: the upload tokens of each agency")
@SecurityRequirement(name = "librarian")
class AgencyTokenController {

    /** @param expiresInDays 1 to 365; the configured default (jembatan.uploads.token-days) when absent */
    record NewToken(String label, Integer expiresInDays) {
    }

    /** A token as lists show it: never its secret or its hash. */
    record TokenView(String tokenId, String agencyCode, String label, Instant createdAt, String createdBy,
                     Instant expiresAt, Instant revokedAt, String revokedBy, String state) {

        static TokenView of(AgencyToken token, Instant now) {
            return new TokenView(token.tokenId(), token.agencyCode(), token.label(), token.createdAt(),
                    token.createdBy(), token.expiresAt(), token.revokedAt(), token.revokedBy(),
                    token.revokedAt() != null ? "revoked" : token.validAt(now) ? "valid" : "expired");
        }
    }

    /** The token once, with how to use it. */
    record IssuedToken(String token, TokenView about, String use) {
    }

    private final AgencyTokens tokens;
    private final AgencyUploads uploads;
    private final UploadProperties settings;
    private final Clock clock;

    AgencyTokenController(AgencyTokens tokens, AgencyUploads uploads, UploadProperties settings, Clock clock) {
        this.tokens = tokens;
        this.uploads = uploads;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = "Create an upload token", description = "201 with the token: shown this once, kept only"
            + " as a hash. 404 when the agency takes no uploads (no upload source); 503 while Kafka is unreachable.")
    @PostMapping("/api/admin/agencies/{code}/tokens")
    ResponseEntity<IssuedToken> create(@PathVariable String code, @RequestBody NewToken request,
                                       Authentication admin) {
        uploads.sourceOf(code);
        int days = request.expiresInDays() == null ? settings.tokenDays() : request.expiresInDays();
        AgencyTokens.Issued issued;
        try {
            issued = tokens.create(code, request.label(), days, admin.getName());
        } catch (IOException e) {
            throw UploadProblems.unavailable(30, "Kafka unreachable", e.getMessage());
        }
        TokenView view = TokenView.of(issued.token(), clock.instant());
        return ResponseEntity.created(URI.create("/api/admin/agencies/" + code + "/tokens/" + view.tokenId()))
                .body(new IssuedToken(issued.text(), view, "give it to the agency's system once; it sends"
                        + " 'Authorization: Bearer <token>' to POST /api/agencies/" + code + "/documents"));
    }

    @Operation(summary = "The agency's tokens", description = "newest first, with their state; never a secret")
    @GetMapping("/api/admin/agencies/{code}/tokens")
    List<TokenView> list(@PathVariable String code) {
        Instant now = clock.instant();
        return tokens.of(code).stream().map(token -> TokenView.of(token, now)).toList();
    }

    @Operation(summary = "Revoke a token", description = "refused everywhere within moments; uploads already made"
            + " stay")
    @DeleteMapping("/api/admin/agencies/{code}/tokens/{tokenId}")
    TokenView revoke(@PathVariable String code, @PathVariable String tokenId, Authentication admin) {
        try {
            return TokenView.of(tokens.revoke(code, tokenId, admin.getName()), clock.instant());
        } catch (IOException e) {
            throw UploadProblems.unavailable(30, "Kafka unreachable", e.getMessage());
        }
    }
}
