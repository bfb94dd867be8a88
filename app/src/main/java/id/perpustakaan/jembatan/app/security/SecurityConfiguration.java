package id.perpustakaan.jembatan.app.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public reads without an account: the search page and document pages with their stylesheet, the search API,
 * suggestions, documents and originals, feeds, the API's description, health; and may report a click on a result.
 * Everything that acts on the pipeline (running a source, reading its state, reviewing, reading the search
 * analytics) needs a librarian or an administrator; rebuilding indices needs an administrator. Without configured
 * accounts nobody can act, which is the safe default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The API: credentials on each request (HTTP Basic), no session, so no cookie a foreign page could ride and no
     * CSRF token to carry.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/search", "/api/suggest", "/api/documents/**").permitAll()
                        // which result a citizen opened: anonymous, for the evaluation
                        .requestMatchers(HttpMethod.POST, "/api/search/clicks").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/sources/**", "/api/review/**", "/api/analytics/**", "/actuator/**")
                        .hasAnyRole("LIBRARIAN", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
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
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/masuk", "/review-assets/**").permitAll()
                        // the public search page, document pages, outbound feeds and the API's description
                        .requestMatchers(HttpMethod.GET, "/", "/dokumen/**", "/assets/**", "/feeds/**", "/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/review/**").hasAnyRole("LIBRARIAN", "ADMIN")
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk")
                        .defaultSuccessUrl("/review", false).failureUrl("/masuk?gagal").permitAll())
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .frameOptions(frames -> frames.sameOrigin()))
                .build();
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
    UserDetailsService accounts(SecurityProperties properties) {
        List<UserDetails> users = properties.users().stream()
                .map(account -> User.withUsername(account.name())
                        .password(account.passwordHash())
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .toList();
        if (users.isEmpty()) {
            log.warn("no librarian or administrator accounts are configured (jembatan.security.users): nobody can"
                    + " run sources or read their state until one is added");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
