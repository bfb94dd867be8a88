package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.app.review.ReviewActions;
import id.perpustakaan.jembatan.indexer.KafkaSettings;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.HarvestProperties;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload API's services, and the limits on its bodies: a body that says it is larger than the limit is refused
 * before a byte of it is read (a client sending {@code Expect: 100-continue}, as curl does, never sends it), and a
 * body that does not say is read to disk, never into memory, and cut off at the limit by the servlet container.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
@SecurityScheme(name = UploadConfiguration.TOKEN_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "jbt_<token id>_<secret>", description = "an agency's upload token, from the library's"
        + " administrator")
class UploadConfiguration {

    static final String TOKEN_SCHEME = "agency-token";

    /** Room for the multipart framing and the metadata fields beside the file. */
    static final DataSize METADATA_ALLOWANCE = DataSize.ofMegabytes(1);

    @Bean(destroyMethod = "close")
    AgencyTokensTopic agencyTokensTopic(KafkaSettings kafka, Topics topics) {
        return new AgencyTokensTopic(kafka.clients(), topics.agencyTokens());
    }

    @Bean
    AgencyTokens agencyTokens(AgencyTokensTopic topic, Clock clock) {
        AgencyTokens tokens = new AgencyTokens(topic, clock);
        topic.follow(tokens);
        return tokens;
    }

    @Bean
    AgencyUploads agencyUploads(SourceCatalog sources, InboxSearch inbox, ReviewActions reviews,
                                HarvestProperties harvest) {
        return new AgencyUploads(sources, inbox, reviews, harvest.minFreeSpace().toBytes());
    }

    /**
     * Every multipart body of the application is bounded so: only the upload API takes one; parts over 64 KB are
     * written to disk as they arrive.
     */
    @Bean
    MultipartConfigElement multipartConfig(UploadProperties settings) {
        long file = settings.maxFileSize().toBytes();
        return new MultipartConfigElement("", file, file + METADATA_ALLOWANCE.toBytes(),
                (int) DataSize.ofKilobytes(64).toBytes());
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadLength(UploadProperties settings, JsonMapper json) {
        long most = settings.maxFileSize().toBytes() + METADATA_ALLOWANCE.toBytes();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (request.getContentLengthLong() > most) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    json.writeValue(response.getOutputStream(), UploadProblems.tooLarge(settings).getBody());
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/agencies/*");
        return registration;
    }
}
