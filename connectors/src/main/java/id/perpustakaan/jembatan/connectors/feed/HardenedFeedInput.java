package id.perpustakaan.jembatan.connectors.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.InputSource;

/**
 * Rome's feed input with the XML parser locked down for documents from the open internet.
 * <p>
 * Doctypes are allowed, because Netscape RSS 0.91 must carry one and XHTML-ish feeds often do; with Rome's default
 * ({@code disallow-doctype-decl}) those feeds would be refused for a harmless declaration. What makes that safe:
 * <ul>
 * <li>any entity declaration in the internal subset (general or parameter, internal or external) ends the parse at
 *     the declaration, before anything is expanded or fetched: that stops local-file XXE, external parameter
 *     entities and billion-laughs at once, and real feeds do not declare entities;</li>
 * <li>no external DTD or entity is ever loaded: Rome turns the SAX features off, JAXP's {@code accessExternalDTD}
 *     allows no protocol, and the entity resolver answers every request with nothing, so a parser that ignored one
 *     of these still reads no file and opens no connection;</li>
 * <li>secure processing keeps the JDK's limits on entity expansion and element depth as a last line.</li>
 * </ul>
 */
final class HardenedFeedInput extends WireFeedInput {

    HardenedFeedInput() {
        setAllowDoctypes(true);
        // healing drops comments before the XML declaration and turns HTML entities (&nbsp;) into character references
        setXmlHealerOn(true);
    }

    @Override
    protected com.rometools.rome.io.SAXBuilder createSAXBuilder() {
        com.rometools.rome.io.SAXBuilder builder = super.createSAXBuilder();
        builder.setSAXHandlerFactory(EntityRefusingHandler::new);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        builder.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return builder;
    }

    /** @param systemId the feed's address, so that xml:base on the root resolves against it */
    Document parse(String xml, String systemId) throws JDOMException, IOException {
        SAXBuilder builder = createSAXBuilder();
        return builder.build(new XmlFixerReader(new StringReader(xml)), systemId);
    }

    /** @throws IllegalArgumentException when no Rome parser recognises the root element */
    WireFeed toWireFeed(Document document) throws FeedException {
        return build(document);
    }

    /** JDOM registers its handler as the SAX DeclHandler whenever entities are not expanded, which Rome ensures. */
    private static final class EntityRefusingHandler extends SAXHandler {

        EntityRefusingHandler(JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void internalEntityDecl(String name, String value) {
            throw refused(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) {
            throw refused(name);
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) {
            throw refused(name);
        }

        private static FeedRejectedException refused(String name) {
            String reference = name.startsWith("%") ? name + ";" : "&" + name + ";";
            return new FeedRejectedException("feed declares a DOCTYPE with entities (" + reference
                    + "); entities are never resolved");
        }
    }
}
