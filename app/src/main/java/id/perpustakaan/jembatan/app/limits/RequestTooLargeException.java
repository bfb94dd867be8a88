package id.perpustakaan.jembatan.app.limits;

/** A request body over the limit for anonymous requests, refused before it is read. */
public class RequestTooLargeException extends RuntimeException {

    RequestTooLargeException(String message) {
        super(message);
    }
}
