package id.perpustakaan.jembatan.app.portal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import id.perpustakaan.jembatan.app.limits.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page's failures as pages, in the reader's language, with the page's landmarks and a way back to the search
 * (the API answers problem documents instead; this advice is for the page's controllers only, and comes first).
 */
@ControllerAdvice(basePackageClasses = PortalErrorPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorPages {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorPages.class);

    @ExceptionHandler(DocumentPageController.DocumentNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        return page(HttpStatus.NOT_FOUND, "notFound", request, locale);
    }

    @ExceptionHandler({IOException.class, TransportException.class, ElasticsearchException.class})
    ModelAndView searchUnavailable(Exception e, HttpServletRequest request, Locale locale) {
        log.warn("search page: search unavailable: {}", e.toString());
        return page(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", request, locale);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooManyRequests(TooManyRequestsException e, HttpServletRequest request,
                                 HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return page(HttpStatus.TOO_MANY_REQUESTS, "tooMany", request, locale);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e, HttpServletRequest request, Locale locale) {
        log.debug("search page: {}", e.getMessage());
        return page(HttpStatus.BAD_REQUEST, "badRequest", request, locale);
    }

    /** Anything else is the portal's fault: said plainly, logged whole, and never answered as the API would. */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request, Locale locale) {
        log.error("search page: {} failed", request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "failed", request, locale);
    }

    private static ModelAndView page(HttpStatus status, String problem, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView("portal/error", status);
        page.addObject("problem", problem);
        page.addObject("otherLanguage", LanguageSwitch.of(request, locale));
        return page;
    }
}
