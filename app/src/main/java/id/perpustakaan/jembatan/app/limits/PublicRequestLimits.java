package id.perpustakaan.jembatan.app.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Bounds what an anonymous request to a public endpoint may cost before its handler runs: the body's size (from
 * its declared length, so an oversized body is never read; {@link BoundedBody} bounds one sent chunked), the number
 * and length of query parameters, and the client's rate. Each refusal says which limit and what to do.
 */
final class PublicRequestLimits implements HandlerInterceptor {

    static final String CLICKS = "/api/search/clicks";
    /** No public address is longer: a document id is at most 512 bytes (Elasticsearch's own limit). */
    private static final int MAX_PATH_LENGTH = 1_024;

    private final LimitsProperties limits;
    private final RateLimits reads;
    private final RateLimits clicks;

    PublicRequestLimits(LimitsProperties limits, Clock clock) {
        this.limits = limits;
        this.reads = new RateLimits(limits.readsPerMinute(), clock);
        this.clicks = new RateLimits(limits.clicksPerMinute(), clock);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getRequestURI().length() > MAX_PATH_LENGTH) {
            throw new IllegalArgumentException("the address is " + request.getRequestURI().length()
                    + " characters long; no page or document has an address longer than " + MAX_PATH_LENGTH);
        }
        boolean click = CLICKS.equals(request.getRequestURI()) && "POST".equals(request.getMethod());
        if (click) {
            checkBody(request);
        }
        checkParameters(request.getParameterMap());
        OptionalLong wait = click ? clicks.take(ClientAddress.of(request)) : reads.take(ClientAddress.of(request));
        if (wait.isPresent()) {
            throw new TooManyRequestsException(click ? "clicks" : "requests", wait.getAsLong());
        }
        return true;
    }

    private void checkBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        // without a declared length (chunked), BoundedBody stops reading at the limit
        if (length > limits.maxBodySize().toBytes()) {
            throw new RequestTooLargeException("the request body has " + length + " bytes; at most "
                    + limits.maxBodySize().toBytes() + " are read (jembatan.limits.max-body-size)");
        }
    }

    void checkParameters(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> {
            if (values.length > limits.maxParameterValues()) {
                throw new IllegalArgumentException("parameter '" + shorten(name) + "' is given " + values.length
                        + " times; at most " + limits.maxParameterValues() + " are taken");
            }
            for (String value : values) {
                if (value.length() > limits.maxParameterLength()) {
                    throw new IllegalArgumentException("parameter '" + shorten(name) + "' is " + value.length()
                            + " characters long; at most " + limits.maxParameterLength() + " are taken");
                }
            }
        });
    }

    /** A parameter's name is the client's text too: never echoed whole. */
    private static String shorten(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
