package id.perpustakaan.jembatan.app.security;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public reads without an account: the search page and document pages with their stylesheet, the search API,
 * suggestions, documents and originals, feeds, the API's description, health; and may report a click on a result.
 * Everything that acts on the pipeline (running a source, reading its state, reviewing, reading the search
 * analytics) needs a librarian or an administrator; rebuilding indices needs an administrator. The metrics scraper's
 * account (role METRICS) reads {@code /actuator/prometheus} and nothing else. Without configured accounts nobody can
 * act, which is the safe default, except on the embedded default, where a first administrator is made
 * ({@link FirstAdministrator}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, SignInProperties.class})
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The API and the OAI-PMH provider: credentials on each request (HTTP Basic), no session, so no cookie a foreign
     * page could ride and no CSRF token to carry.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIns, JsonMapper json) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/oai")
                .authenticationManager(signIns)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/search", "/api/suggest", "/api/documents/**",
                                "/api/agenda").permitAll()
                        // library harvesters (OAI-PMH), which may send their requests as forms
                        .requestMatchers(HttpMethod.GET, "/oai").permitAll()
                        .requestMatchers(HttpMethod.POST, "/oai").permitAll()
                        // which result a citizen opened: anonymous, for the evaluation
                        .requestMatchers(HttpMethod.POST, "/api/search/clicks").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .hasAnyRole("LIBRARIAN", "ADMIN", SecurityProperties.METRICS)
                        .requestMatchers("/api/sources/**", "/api/review/**", "/api/analytics/**", "/actuator/**")
                        .hasAnyRole("LIBRARIAN", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicOrThrottled(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .build();
    }

    /**
     * The pages: librarians sign in with a form and work in a session that times out
     * ({@code server.servlet.session.timeout}); every form carries a CSRF token; signing in issues a new session
     * id. Anonymous visitors of a review page, and librarians whose session ended, are sent to the sign-in page
     * (which then returns them to the page they asked for); pages open to the public are never redirected for a
     * stale session cookie.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIns, SignInAudit audit)
            throws Exception {
        return http
                .authenticationManager(signIns)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/masuk", "/review-assets/**").permitAll()
                        // the public search page, agenda, document pages, outbound feeds (JDIHN and calendars too) and
                        // the API's description
                        .requestMatchers(HttpMethod.GET, "/", "/agenda", "/dokumen/**", "/assets/**", "/feeds/**",
                                "/jdihn/**", "/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/review/**").hasAnyRole("LIBRARIAN", "ADMIN")
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk")
                        .successHandler(signedIn(audit)).failureHandler(notSignedIn()).permitAll())
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .frameOptions(frames -> frames.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .build();
    }

    /**
     * A citizen's search words are in the page's address: the agency sites a result links to must not receive
     * them (and this host's own pages need nothing more than the path).
     */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    /** Back to the page that was asked for (or the queue), with the sign-in in the audit trail. */
    private static AuthenticationSuccessHandler signedIn(SignInAudit audit) {
        var returnToAsked = new SavedRequestAwareAuthenticationSuccessHandler();
        returnToAsked.setDefaultTargetUrl("/review");
        return (request, response, authentication) -> {
            audit.signedIn(authentication.getName(), ThrottledSignIn.client(authentication));
            returnToAsked.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** The sign-in page again, saying why: a wrong name or password, or how long to wait after too many. */
    private static AuthenticationFailureHandler notSignedIn() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof SignInThrottledException throttled
                ? "/masuk?tunggu=" + throttled.waitSeconds() : "/masuk?gagal"));
    }

    /**
     * The API's answer to missing or wrong credentials stays HTTP Basic's 401; to a client blocked for guessing it
     * is 429 with Retry-After and a problem that says how long to wait.
     */
    private static AuthenticationEntryPoint basicOrThrottled(JsonMapper json) {
        var basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Jembatan");
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        throttled.getMessage());
                problem.setTitle("Too many failed sign-ins");
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.waitSeconds()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem);
            } else {
                basic.commence(request, response, exception);
            }
        };
    }

    /**
     * The review pages run their own script and stylesheet only; the original of a document may be shown inline
     * from this host; a document's harvested HTML is shown in a sandboxed frame without scripts.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-src 'self'; object-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties settings, Clock clock) {
        return new SignInThrottle(settings, clock);
    }

    /**
     * No observation of each request's way through the filter chains: it wrapped every filter of every request in
     * an observation (about a tenth of the search API's own CPU), while {@code http.server.requests} already times
     * each request. Sign-ins and access decisions are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    SignInAudit signInAudit() {
        return new SignInAudit();
    }

    /** Every name and password, from the form and from HTTP Basic, is checked behind the throttle. */
    @Bean
    AuthenticationManager signIns(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle,
                                  SignInAudit audit) {
        var store = new DaoAuthenticationProvider(accounts);
        store.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledSignIn(store, throttle, audit));
    }

    /**
     * The configuration's accounts and the data folder's ({@link AccountsFile}); a start with a broken accounts file
     * stops and says which line.
     */
    @Bean
    Accounts accounts(SecurityProperties properties, @Value("${jembatan.data-dir:data}") Path dataDir) {
        return new Accounts(properties.accounts(), new AccountsFile(dataDir));
    }

    /** Made only on the embedded default (the local services say they run) when nobody has an account. */
    @Bean
    FirstAdministrator firstAdministrator(Accounts accounts, PasswordEncoder passwords,
                                          @Value("${jembatan.local.running:false}") boolean embedded) {
        FirstAdministrator first = FirstAdministrator.makeIfNobody(accounts, passwords, embedded);
        if (accounts.all().stream().allMatch(account -> account.roles().contains(SecurityProperties.METRICS))) {
            log.warn("no librarian or administrator accounts exist (jembatan.security.users, or {} written by"
                    + " java -jar jembatan.jar user add NAME): nobody can review, run sources or read their state"
                    + " until one is added", accounts.file().path());
        }
        return first;
    }
}
