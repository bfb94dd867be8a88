package id.perpustakaan.jembatan.app.limits;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** The limits of {@link PublicRequestLimits} on every endpoint the public reaches without an account. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration implements WebMvcConfigurer {

    private final LimitsProperties limits;
    private final Clock clock;

    LimitsConfiguration(LimitsProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicRequestLimits(limits, clock))
                .addPathPatterns("/", "/agenda", "/dokumen/**", "/feeds/**", "/jdihn/**", "/oai", "/api/search",
                        "/api/suggest", "/api/agenda", PublicRequestLimits.CLICKS, "/api/documents/**");
    }

    /** Ahead of Spring Security, whose sign-in and CSRF filters would read the body first. */
    @Bean
    FilterRegistrationBean<AnonymousForms> anonymousForms(JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new AnonymousForms(limits.maxBodySize().toBytes(), json));
        registration.addUrlPatterns("/oai", "/masuk");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BoundedBody> boundedClickBodies() {
        var registration = new FilterRegistrationBean<>(new BoundedBody(limits.maxBodySize().toBytes()));
        registration.addUrlPatterns(PublicRequestLimits.CLICKS);
        return registration;
    }
}
