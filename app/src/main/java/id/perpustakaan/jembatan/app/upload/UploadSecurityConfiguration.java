package id.perpustakaan.jembatan.app.upload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agencies' upload API ({@code /api/agencies/{code}/…}) opens only to a bearer token of that agency: verified on
 * each request against the tokens' hashes, no session, no cookie, so no CSRF token to carry. No token, or an unknown,
 * expired or revoked one, is 401 with {@code WWW-Authenticate: Bearer}; a valid token of another agency is 403. Each
 * answer is a problem document that says what to do.
 */
@Configuration(proxyBeanMethods = false)
class UploadSecurityConfiguration {

    private static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"Jembatan uploads\"";

    @Bean
    @Order(0)
    SecurityFilterChain agencyUploadChain(HttpSecurity http, AgencyTokens tokens, JsonMapper json) throws Exception {
        AuthenticationManager verifier = authentication -> verify(tokens, (AgencyTokenAuthentication) authentication);
        var bearer = new AuthenticationFilter(verifier, request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? AgencyTokenAuthentication.presented(header.substring(BEARER.length())) : null;
        });
        AuthenticationEntryPoint refused = unauthorized(json);
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(refused));
        // a verified token goes on to its request, never to a page (the default would redirect)
        bearer.setSuccessHandler((request, response, authentication) -> {
        });
        return http
                .securityMatcher("/api/agencies/**")
                .addFilterBefore(bearer, AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/agencies/{code}/**").access(ownAgency())
                        .anyRequest().denyAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refused)
                        .accessDeniedHandler(otherAgency(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    private static Authentication verify(AgencyTokens tokens, AgencyTokenAuthentication presented) {
        AgencyTokens.Verification verification = tokens.verify(presented.presentedText());
        return switch (verification.outcome()) {
            case VALID -> AgencyTokenAuthentication.verified(verification.token());
            case UNKNOWN -> throw new BadCredentialsException("this token is not known: check that it was copied"
                    + " whole (jbt_…), or ask the library's administrator for a new one");
            case EXPIRED -> throw new BadCredentialsException("this token expired on "
                    + verification.token().expiresAt() + ": ask the library's administrator for a new one");
            case REVOKED -> throw new BadCredentialsException("this token was revoked on "
                    + verification.token().revokedAt() + ": ask the library's administrator for a new one");
            case NOT_READY -> throw new AuthenticationServiceException("this instance is still reading the tokens;"
                    + " try again in a few seconds");
        };
    }

    /** The code in the address is the token's agency. */
    private static AuthorizationManager<RequestAuthorizationContext> ownAgency() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof AgencyTokenAuthentication agency && agency.isAuthenticated()
                        && agency.agencyCode().equals(context.getVariables().get("code")));
    }

    private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, exception) -> {
            if (exception instanceof AuthenticationServiceException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                write(json, response, HttpStatus.SERVICE_UNAVAILABLE, "Tokens not read yet", exception.getMessage());
                return;
            }
            boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented
                    ? REALM + ", error=\"invalid_token\"" : REALM);
            write(json, response, HttpStatus.UNAUTHORIZED, "Upload token required", exception instanceof
                    BadCredentialsException ? exception.getMessage() : "send the agency's upload token as"
                    + " 'Authorization: Bearer jbt_…'; the library's administrator creates one for each system");
        };
    }

    private static AccessDeniedHandler otherAgency(JsonMapper json) {
        return (request, response, exception) -> write(json, response, HttpStatus.FORBIDDEN, "Another agency",
                "this token uploads for its own agency only: use the address with that agency's code, or a token of"
                        + " the agency in this address");
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String title,
                              String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
