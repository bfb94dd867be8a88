package id.perpustakaan.jembatan.routes.normalise;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The text handler as a checkpoint of its parse: every parser writes here as it goes (a PDF at least once a page),
 * and a write after the parse was stopped throws, which no parser swallows.
 */
final class WatchedHandler extends ContentHandlerDecorator {

    private final ParseWatch watch;

    WatchedHandler(ContentHandler handler, ParseWatch watch) {
        super(handler);
        this.watch = watch;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        check();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }

    private void check() throws SAXException {
        try {
            watch.check();
        } catch (ParseWatch.Stopped e) {
            throw new SAXException(e);
        }
    }
}
