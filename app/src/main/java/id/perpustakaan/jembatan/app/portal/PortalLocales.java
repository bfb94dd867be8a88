package id.perpustakaan.jembatan.app.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page's language: Indonesian unless the reader chose English ({@code ?lang=en}), remembered in a cookie.
 * Only the two languages the messages exist in are ever in force: anything else in a parameter or a cookie is
 * ignored, so no page is shown with message keys instead of words.
 */
final class PortalLocales implements LocaleResolver {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final Locale ENGLISH = Locale.ENGLISH;
    static final String PARAMETER = "lang";
    static final String COOKIE = "jembatan-lang";
    private static final Set<String> SUPPORTED = Set.of(INDONESIAN.getLanguage(), ENGLISH.getLanguage());

    private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);

    PortalLocales() {
        cookie.setDefaultLocale(INDONESIAN);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        cookie.setCookieHttpOnly(true);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale locale = cookie.resolveLocale(request);
        return SUPPORTED.contains(locale.getLanguage()) ? new Locale(locale.getLanguage()) : INDONESIAN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || SUPPORTED.contains(locale.getLanguage())) {
            cookie.setLocale(request, response, locale == null ? null : new Locale(locale.getLanguage()));
        }
    }
}
