package id.perpustakaan.jembatan.connectors.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents with Rome, refusing anything that is not a feed with a reason
 * a librarian can act on. DTDs and external entities are never loaded; see {@link HardenedFeedInput}.
 * <p>
 * Ill-formed XML is refused rather than repaired, apart from what Rome's healing does (comments before the XML
 * declaration, HTML entities): a repaired document could silently lose items, and an agency told "malformed feed:
 * … (line 11)" can fix its feed.
 */
public final class FeedReader {

    private static final String SNIFF_HTML = "<html";
    /** Only looked at once the parser has failed, to tell an empty document from a broken one. */
    private static final Pattern NOTHING_BUT_PROLOG = Pattern.compile("(?s)\\uFEFF?(\\s|<\\?xml[^>]*\\?>|<!--.*?-->)*");

    private FeedReader() {
    }

    /**
     * @param contentType as the server sent it, with its charset; null when unknown
     * @param feedUrl     the address the feed was fetched from, the base of relative links
     */
    public static FeedContent read(byte[] body, String contentType, URI feedUrl) throws FeedRejectedException {
        if (body == null || body.length == 0) {
            throw new FeedRejectedException("empty feed document");
        }
        String xml = FeedCharset.decode(body, contentType);
        if (xml.isBlank()) {
            throw new FeedRejectedException("empty feed document");
        }
        HardenedFeedInput input = new HardenedFeedInput();
        Document document = parse(input, xml, contentType, feedUrl);
        Element root = document.getRootElement();
        if (root.getName().equals("rss") && root.getChild("channel", root.getNamespace()) == null) {
            // Rome's RSS parsers assume the channel is there and fail with a NullPointerException
            throw new FeedRejectedException("malformed feed: <rss> has no <channel>");
        }
        WireFeed wire;
        try {
            wire = input.toWireFeed(document);
        } catch (IllegalArgumentException e) {
            throw notAFeed(root);
        } catch (FeedException | RuntimeException e) {
            throw new FeedRejectedException("malformed feed: Rome could not read the <" + root.getQualifiedName()
                    + "> document (" + e + ")", e);
        }
        return content(new SyndFeedImpl(wire, true), feedBase(wire, feedUrl), root);
    }

    private static Document parse(HardenedFeedInput input, String xml, String contentType, URI feedUrl) {
        try {
            return input.parse(xml, feedUrl == null ? null : feedUrl.toString());
        } catch (JDOMParseException e) {
            if (looksLikeHtml(xml, contentType)) {
                throw new FeedRejectedException("not a feed: the document is HTML (<html>)", e);
            }
            if (NOTHING_BUT_PROLOG.matcher(xml).matches()) {
                throw new FeedRejectedException("empty feed document: no root element, only comments or declarations", e);
            }
            throw new FeedRejectedException("malformed feed: " + parserMessage(e) + " (line " + e.getLineNumber() + ")", e);
        } catch (JDOMException e) {
            throw new FeedRejectedException("malformed feed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string does not fail", e);
        }
    }

    private static FeedContent content(SyndFeed feed, URI base, Element root) {
        String feedLanguage = feed.getLanguage() != null ? feed.getLanguage() : xmlLang(root);
        List<String> entryLanguages = entryLanguages(root);
        List<SyndEntry> entries = feed.getEntries();
        // Rome keeps the document's order; a count that differs means the languages cannot be matched to entries
        boolean matched = entryLanguages.size() == entries.size();
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String own = matched ? entryLanguages.get(i) : null;
            items.add(FeedItems.from(entries.get(i), base, own != null ? own : feedLanguage));
        }
        return new FeedContent(FeedText.title(feed.getTitle(), feed.getTitleEx()), FeedText.uri(feed.getLink(), base),
                items);
    }

    /** The xml:lang of each entry or item, in document order (null where it has none). */
    private static List<String> entryLanguages(Element root) {
        Element parent = root.getName().equals("rss") ? root.getChild("channel", root.getNamespace()) : root;
        List<String> languages = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals("entry") || child.getName().equals("item")) {
                languages.add(xmlLang(child));
            }
        }
        return languages;
    }

    private static String xmlLang(Element element) {
        return element.getAttributeValue("lang", Namespace.XML_NAMESPACE);
    }

    /** An Atom feed's xml:base applies to everything in it; RSS has no such attribute. */
    private static URI feedBase(WireFeed wire, URI feedUrl) {
        if (wire instanceof Feed atom && atom.getXmlBase() != null) {
            URI base = FeedText.uri(atom.getXmlBase(), feedUrl);
            if (base != null) {
                return base;
            }
        }
        return feedUrl;
    }

    private static FeedRejectedException notAFeed(Element root) {
        String name = root.getQualifiedName();
        if (name.equalsIgnoreCase("html")) {
            return new FeedRejectedException("not a feed: the document is HTML (<html>)");
        }
        return new FeedRejectedException("not a feed: the root element is <" + name
                + ">, a feed starts with <rss>, <rdf:RDF> or <feed>");
    }

    /** Most HTML is not well-formed XML, so it fails as XML before its root element can be looked at. */
    private static boolean looksLikeHtml(String xml, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return xml.toLowerCase(Locale.ROOT).contains(SNIFF_HTML);
        }
        String start = xml.substring(0, Math.min(xml.length(), 1024)).toLowerCase(Locale.ROOT);
        return start.contains(SNIFF_HTML) && !start.contains("<rss") && !start.contains("<feed")
                && !start.contains("<rdf:rdf");
    }

    private static String parserMessage(JDOMParseException e) {
        return e.getCause() instanceof SAXParseException sax && sax.getMessage() != null ? sax.getMessage() : e.getMessage();
    }
}
