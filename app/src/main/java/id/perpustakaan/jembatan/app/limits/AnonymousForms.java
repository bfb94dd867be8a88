package id.perpustakaan.jembatan.app.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forms anyone may post (an OAI-PMH request, the sign-in) are small and url-encoded. A multipart body is refused
 * before the servlet container parses it, since it would be written to disk up to the upload API's limit; a body
 * declaring more than the anonymous limit is refused before it is read. Url-encoded bodies sent without a length
 * stop at {@code server.tomcat.max-http-form-post-size}.
 */
final class AnonymousForms extends OncePerRequestFilter {

    private final long maxBytes;
    private final JsonMapper json;

    AnonymousForms(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "this form is sent as "
                    + MediaType.APPLICATION_FORM_URLENCODED_VALUE + ", not as " + type);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "the form is " + request.getContentLengthLong()
                    + " bytes long; at most " + maxBytes + " are taken (jembatan.limits.max-body-size)");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
