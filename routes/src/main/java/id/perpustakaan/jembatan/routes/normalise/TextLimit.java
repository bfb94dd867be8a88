package id.perpustakaan.jembatan.routes.normalise;

import java.util.function.BooleanSupplier;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps the first characters of a document's text, up to the limit. A document stops being parsed there, as with
 * Tika's own write limit — except an archive: cutting an archive short would also cut short the count of what it
 * unpacks to, and a bomb of zips in zips would be published as its first million characters. An archive goes on
 * being read past the limit, its text dropped and its documents only measured (see {@link UnpackingBudget}).
 */
final class TextLimit extends ContentHandlerDecorator {

    private final ToTextContentHandler text;
    private final int limit;
    private final BooleanSupplier isArchive;
    private final Runnable onReached;
    private int written;
    private boolean reached;

    /**
     * @param isArchive asked when the limit is reached: the file's type is known by then
     * @param onReached told once, when an archive reaches the limit
     */
    TextLimit(ToTextContentHandler text, int limit, BooleanSupplier isArchive, Runnable onReached) {
        super(text);
        this.text = text;
        this.limit = limit;
        this.isArchive = isArchive;
        this.onReached = onReached;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        int kept = Math.min(length, limit - written);
        if (kept > 0) {
            super.characters(ch, start, kept);
            written += kept;
        }
        if (kept < length) {
            overflow();
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        int kept = Math.min(length, limit - written);
        if (kept > 0) {
            super.ignorableWhitespace(ch, start, kept);
            written += kept;
        }
        if (kept < length) {
            overflow();
        }
    }

    private void overflow() throws SAXException {
        boolean first = !reached;
        reached = true;
        if (!isArchive.getAsBoolean()) {
            throw new WriteLimitReachedException(limit);
        }
        if (first) {
            onReached.run();
        }
    }

    /** The text was cut at the limit. */
    boolean reached() {
        return reached;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
