package id.perpustakaan.jembatan.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /api-docs} says about the API as a whole; the operations describe themselves. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI jembatanApi() {
        return new OpenAPI()
                .info(new Info().title("Jembatan").version("1")
                        .description("Search, documents and feeds of everything Kota Sawahlunto's agencies"
                                + " published, gathered by Perpustakaan Kota Sawahlunto. Errors are RFC 9457"
                                + " problem documents (application/problem+json)."))
                .components(new Components().addSecuritySchemes("librarian", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("a librarian's or administrator's account")));
    }
}
