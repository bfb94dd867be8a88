package id.perpustakaan.jembatan.app.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import id.perpustakaan.jembatan.app.limits.RequestTooLargeException;
import id.perpustakaan.jembatan.app.limits.TooManyRequestsException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** API errors in RFC 9457 problem form, with a detail that says what to change. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Not possible", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", e.getMessage());
    }

    @ExceptionHandler(ElasticsearchException.class)
    ProblemDetail searchRefused(ElasticsearchException e) {
        if (e.status() == 400) {
            // a request the API let through but Elasticsearch would not take: still the caller's to change
            log.info("search request refused by Elasticsearch: {}", e.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "this search cannot be run: simplify q or the filters");
        }
        return searchUnavailable(e);
    }

    @ExceptionHandler({IOException.class, TransportException.class})
    ProblemDetail searchUnavailable(Exception e) {
        log.warn("search unavailable: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable",
                "the search index cannot be reached right now; try again in a minute");
    }

    /** Whatever else went wrong is still answered as a problem, without internals; the log has the rest. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("unexpected error answering an API request: {}", e.toString(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "the request could not be answered; try again, and tell the library if it keeps happening");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
