package id.perpustakaan.jembatan.app.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
 * Everything that acts on the pipeline (running a source, reading its state) or reads the search analytics needs a
 * librarian or an administrator. Without configured
 * accounts nobody can act, which is the safe default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/", "/dokumen/**", "/assets/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/search", "/api/suggest", "/api/documents/**",
                                "/feeds/**", "/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // which result a citizen opened: anonymous, for the evaluation
                        .requestMatchers(HttpMethod.POST, "/api/search/clicks").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/sources/**", "/api/analytics/**", "/actuator/**")
                        .hasAnyRole("LIBRARIAN", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                // the API is called with credentials on each request, not with a session cookie a page could ride
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }

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
