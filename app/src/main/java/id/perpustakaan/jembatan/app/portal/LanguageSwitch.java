package id.perpustakaan.jembatan.app.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link to the same page in the other language: Indonesian by default, English on request. The choice is kept
 * in a cookie (see {@link PortalLocales}), so the page's own links need not carry it.
 *
 * @param tag   the other language's tag, for the link's {@code lang} and {@code hreflang}
 * @param label the other language's name in that language
 */
record LanguageSwitch(String tag, String label, String href) {

    static LanguageSwitch of(HttpServletRequest request, Locale current) {
        boolean english = PortalLocales.ENGLISH.getLanguage().equals(current.getLanguage());
        String tag = english ? PortalLocales.INDONESIAN.getLanguage() : PortalLocales.ENGLISH.getLanguage();
        return new LanguageSwitch(tag, english ? "Bahasa Indonesia" : "English", href(request, tag));
    }

    private static String href(HttpServletRequest request, String tag) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam(PortalLocales.PARAMETER, tag).build(true).toUriString();
        } catch (IllegalArgumentException e) {
            // an address the builder cannot keep as it is: switch on the page's root instead
            return "/?" + PortalLocales.PARAMETER + "=" + tag;
        }
    }

    /** Gives every page of the portal its language switch. */
    @ControllerAdvice(basePackageClasses = LanguageSwitch.class)
    static class Model {

        @ModelAttribute("otherLanguage")
        LanguageSwitch otherLanguage(HttpServletRequest request, Locale locale) {
            return LanguageSwitch.of(request, locale);
        }
    }
}
