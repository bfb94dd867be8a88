package id.perpustakaan.jembatan.app.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The page's language handling, and the content policy its pages are served with. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    static final String[] PAGES = {"/", "/agenda", "/dokumen/**"};

    /**
     * The page runs only its own script file (never inline script, so should sanitising ever miss something in a
     * document, the browser still refuses to run it), asks only the portal for title completions, and forms go only
     * to the portal. Images of announcements load from the agencies' web addresses (http or https, as sanitising
     * keeps them); the referrer policy keeps a citizen's search words from those hosts.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " style-src 'self'; img-src 'self' data: https: http:; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";

    /** Named as Spring MVC looks it up, replacing Boot's default (which follows the browser's Accept-Language). */
    @Bean
    LocaleResolver localeResolver() {
        return new PortalLocales();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageChange = new LocaleChangeInterceptor();
        languageChange.setParamName(PortalLocales.PARAMETER);
        // a hand-edited ?lang=xx keeps the page in its current language instead of failing the request
        languageChange.setIgnoreInvalidLocale(true);
        // the review pages and their sign-in share the language choice (and its cookie) with the public pages
        registry.addInterceptor(languageChange).addPathPatterns(PAGES).addPathPatterns("/masuk", "/review/**");
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                return true;
            }
        }).addPathPatterns(PAGES);
    }
}
