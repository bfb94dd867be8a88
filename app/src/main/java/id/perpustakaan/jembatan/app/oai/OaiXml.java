package id.perpustakaan.jembatan.app.oai;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one OAI-PMH response with the JDK's streaming XML writer: the envelope (response date, the request as
 * understood), then the verb's elements or an error. Text from agencies is written with what XML 1.0 cannot hold
 * (control characters from PDFs, lone surrogates) left out, so that every response stays well-formed.
 */
final class OaiXml implements AutoCloseable {

    static final String OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/";
    private static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    OaiXml(OutputStream out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    /**
     * The envelope up to the request element. Its attributes are the arguments, unless they were the problem (an
     * error of the verb or its arguments): then the base URL alone, as the protocol asks.
     */
    void open(Instant responseDate, String baseUrl, OaiRequest.Verb verb, Map<String, String> arguments)
            throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(OAI_NAMESPACE);
        xml.writeStartElement(OAI_NAMESPACE, "OAI-PMH");
        xml.writeDefaultNamespace(OAI_NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_NAMESPACE + " " + OAI_SCHEMA);
        element("responseDate", OaiDates.format(responseDate));
        xml.writeStartElement(OAI_NAMESPACE, "request");
        if (verb != null) {
            xml.writeAttribute("verb", verb.name());
            for (Map.Entry<String, String> argument : arguments.entrySet()) {
                xml.writeAttribute(argument.getKey(), safe(argument.getValue()));
            }
        }
        xml.writeCharacters(baseUrl);
        xml.writeEndElement();
    }

    void error(OaiError error) throws XMLStreamException {
        xml.writeStartElement(OAI_NAMESPACE, "error");
        xml.writeAttribute("code", error.code().name());
        xml.writeCharacters(safe(error.getMessage()));
        xml.writeEndElement();
    }

    void start(String name) throws XMLStreamException {
        xml.writeStartElement(OAI_NAMESPACE, name);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(OAI_NAMESPACE, name);
        xml.writeCharacters(safe(text));
        xml.writeEndElement();
    }

    void header(String identifier, Instant datestamp, boolean deleted, List<String> sets)
            throws XMLStreamException {
        xml.writeStartElement(OAI_NAMESPACE, "header");
        if (deleted) {
            xml.writeAttribute("status", "deleted");
        }
        element("identifier", identifier);
        element("datestamp", OaiDates.format(datestamp));
        for (String set : sets) {
            element("setSpec", set);
        }
        xml.writeEndElement();
    }

    /** The record's metadata: an oai_dc:dc element holding its Dublin Core elements in their namespace. */
    void dublinCore(List<OaiDublinCore.Element> elements) throws XMLStreamException {
        xml.writeStartElement(OAI_NAMESPACE, "metadata");
        xml.writeStartElement("oai_dc", "dc", OaiFormats.OAI_DC_NAMESPACE);
        xml.writeNamespace("oai_dc", OaiFormats.OAI_DC_NAMESPACE);
        xml.writeNamespace("dc", OaiFormats.DC_NAMESPACE);
        xml.writeAttribute("xsi", XSI, "schemaLocation",
                OaiFormats.OAI_DC_NAMESPACE + " " + OaiFormats.OAI_DC_SCHEMA);
        for (OaiDublinCore.Element element : elements) {
            xml.writeStartElement("dc", element.name(), OaiFormats.DC_NAMESPACE);
            if (element.language() != null) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", element.language());
            }
            xml.writeCharacters(safe(element.value()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * The token of the list's next part (empty on its last part), how many records the list holds now and how many
     * were sent before this part.
     */
    void resumptionToken(String token, long completeListSize, long cursor) throws XMLStreamException {
        xml.writeStartElement(OAI_NAMESPACE, "resumptionToken");
        if (completeListSize > 0) {
            xml.writeAttribute("completeListSize", Long.toString(completeListSize));
        }
        xml.writeAttribute("cursor", Long.toString(cursor));
        xml.writeCharacters(token);
        xml.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** The text without the characters XML 1.0 cannot carry. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (kept != null) {
                        kept.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
