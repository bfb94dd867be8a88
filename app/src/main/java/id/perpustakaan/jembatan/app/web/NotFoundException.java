package id.perpustakaan.jembatan.app.web;

/** The thing asked for does not exist (or is not public). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
