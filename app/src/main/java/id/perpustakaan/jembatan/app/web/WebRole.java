package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.model.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An instance without the web role ({@code jembatan.roles}) answers only its operators' endpoints (/actuator):
 * health for the orchestrator, metrics for Prometheus. Everything else is 404, so a load balancer pointed at it by
 * mistake sends nobody a page it should not serve.
 */
@Configuration(proxyBeanMethods = false)
class WebRole {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webRoleFilter(Environment environment) {
        Roles roles = Roles.parse(environment.getProperty(Roles.PROPERTY));
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"status\":404,\"title\":\"Not Found\",\"detail\":\"this instance's"
                        + " roles are " + roles + ": pages, API and review desk are served by instances with the web"
                        + " role\"}");
            }

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return roles.has(Roles.Role.WEB) || request.getRequestURI().startsWith("/actuator");
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
