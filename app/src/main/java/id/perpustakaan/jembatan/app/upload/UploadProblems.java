package id.perpustakaan.jembatan.app.upload;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The upload API's own refusals, as problem documents with the headers that go with them (Retry-After). A multipart
 * body over the size limit is refused by the servlet container while it is read, before any controller is chosen:
 * its problem is answered here, ahead of the general ones, naming the limit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
// every web slice has the advices: each binds the settings it names itself
@EnableConfigurationProperties(UploadProperties.class)
class UploadProblems {

    private final UploadProperties settings;

    UploadProblems(UploadProperties settings) {
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return tooLarge(settings).getBody();
    }

    static ErrorResponseException tooLarge(UploadProperties settings) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "an upload may be at most "
                + settings.maxFileSize().toMegabytes() + " MB (jembatan.uploads.max-file-size): send a smaller file,"
                + " e.g. the PDF without embedded scans at full resolution, or split it");
    }

    static ErrorResponseException unavailable(long retryAfterSeconds, String title, String detail) {
        ErrorResponseException problem = problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return problem;
    }

    static ErrorResponseException tooManyRequests(long retryAfterSeconds) {
        ErrorResponseException problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "this token has used its requests for the minute (jembatan.uploads.per-minute); try again in "
                        + retryAfterSeconds + " s");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return problem;
    }

    static ErrorResponseException conflict(String title, String detail) {
        return problem(HttpStatus.CONFLICT, title, detail);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }
}
