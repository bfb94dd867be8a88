package id.perpustakaan.jembatan.app;

import id.perpustakaan.jembatan.app.security.SecurityConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A web slice: the named controllers with the application's security, limits and error pages, and no local broker
 * or node (a slice talks to neither; what it needs of the services is the test's own mock). Time stands still, so
 * rate limits and sign-in blocks count exactly however slow the machine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecurityConfiguration.class, WebSlice.StillClock.class})
@TestPropertySource(properties = "jembatan.local.enabled=false")
public @interface WebSlice {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** The moment every slice lives in. */
    Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    @TestConfiguration
    class StillClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
