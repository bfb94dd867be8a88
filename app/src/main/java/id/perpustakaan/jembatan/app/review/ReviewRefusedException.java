package id.perpustakaan.jembatan.app.review;

/** An action a librarian asked for that cannot be done as asked; the message says why and what to do instead. */
public class ReviewRefusedException extends IllegalStateException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
