package id.perpustakaan.jembatan.app.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The OAI-PMH 2.0 schema with oai_dc, as published (test resources {@code oai-pmh/}), for validating responses.
 * The schemas' imports of each other are answered from the class path, never from the network; the metadata of a
 * record is checked strictly against oai_dc, as the protocol's schema asks.
 */
public final class OaiSchema {

    private static final Map<String, String> LOCAL = Map.of(
            "http://dublincore.org/schemas/xmls/simpledc20021212.xsd", "/oai-pmh/simpledc20021212.xsd",
            "http://www.w3.org/2001/03/xml.xsd", "/jakarta/servlet/resources/xml.xsd");
    private static final Schema SCHEMA = load();

    private OaiSchema() {
    }

    /** Throws, saying where and why, unless the response is valid. */
    public static void validate(byte[] response) throws IOException, SAXException {
        Validator validator = SCHEMA.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(response)));
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
                    .getDOMImplementation("LS");
            factory.setResourceResolver((type, namespace, publicId, systemId, base) -> {
                LSInput input = ls.createLSInput();
                input.setSystemId(systemId);
                if (systemId != null && systemId.endsWith(".dtd")) {
                    // the DTD that xml.xsd names for validating schemas themselves: not needed to use them
                    input.setByteStream(new ByteArrayInputStream(new byte[0]));
                    return input;
                }
                String local = LOCAL.get(systemId);
                if (local == null) {
                    throw new IllegalStateException("the schemas import " + systemId + ", which is not kept here");
                }
                input.setByteStream(OaiSchema.class.getResourceAsStream(local));
                return input;
            });
            return factory.newSchema(new StreamSource[] {source("/oai-pmh/OAI-PMH.xsd"),
                    source("/oai-pmh/oai_dc.xsd")});
        } catch (ReflectiveOperationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StreamSource source(String resource) {
        URL url = OaiSchema.class.getResource(resource);
        InputStream in = OaiSchema.class.getResourceAsStream(resource);
        return new StreamSource(in, url.toString());
    }
}
