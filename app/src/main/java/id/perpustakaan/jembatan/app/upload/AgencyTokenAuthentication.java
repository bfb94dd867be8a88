package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.model.AgencyToken;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request signed with an agency's upload token: before verification only its text, after it the token. */
final class AgencyTokenAuthentication extends AbstractAuthenticationToken {

    private final String presented;
    private final AgencyToken token;

    private AgencyTokenAuthentication(String presented, AgencyToken token) {
        super(token == null ? List.of() : List.of(new SimpleGrantedAuthority("AGENCY_" + token.agencyCode())));
        this.presented = presented;
        this.token = token;
        setAuthenticated(token != null);
    }

    static AgencyTokenAuthentication presented(String text) {
        return new AgencyTokenAuthentication(text, null);
    }

    static AgencyTokenAuthentication verified(AgencyToken token) {
        return new AgencyTokenAuthentication(null, token);
    }

    String presentedText() {
        return presented;
    }

    AgencyToken token() {
        return token;
    }

    String agencyCode() {
        return token.agencyCode();
    }

    @Override
    public Object getCredentials() {
        // erased once verified: the secret lives no longer than the request's check
        return null;
    }

    /** Who acts, as the audit trail names it: the agency, through which token. */
    @Override
    public Object getPrincipal() {
        return token == null ? null : "agency:" + token.agencyCode() + " (token " + token.tokenId() + ")";
    }

    @Override
    public String getName() {
        return token == null ? "" : "agency:" + token.agencyCode();
    }
}
