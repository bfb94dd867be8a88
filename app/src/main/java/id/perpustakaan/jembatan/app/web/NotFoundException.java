package id.perpustakaan.jembatan.app.web;

/** The thing asked for does not exist (or is not public). */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
