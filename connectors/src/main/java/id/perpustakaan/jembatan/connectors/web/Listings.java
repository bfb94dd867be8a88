package id.perpustakaan.jembatan.connectors.web;

import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the listing pages of a website source (a news index, a list of announcements) with the librarian's CSS
 * selectors, and the fields of its article pages. Nothing here fetches: callers pass the bytes they fetched.
 */
public final class Listings {

    private static final Logger LOG = LoggerFactory.getLogger(Listings.class);

    private Listings() {
    }

    /**
     * The article links and the next page of one listing page.
     *
     * @param contentType as the server sent it; its charset decodes the page, else the page's meta charset, else
     *                    UTF-8
     * @throws SelectorException when a selector is not valid CSS, or the item selector finds no links: a layout
     *                           change must not pass for a source without news
     */
    public static ListingPage read(byte[] html, String contentType, URI pageUrl, ListingSelectors selectors)
            throws SelectorException {
        Evaluator itemLinks = HtmlPages.compile(selectors.itemLinks());
        Evaluator nextPage = HtmlPages.compile(selectors.nextPage());
        Document page = HtmlPages.parse(html, contentType, pageUrl);

        Elements matched = HtmlPages.select(page, itemLinks);
        Set<URI> items = new LinkedHashSet<>();
        matched.forEach(element -> HtmlPages.linkOf(element).ifPresent(items::add));
        String css = selectors.itemLinks();
        if (matched.isEmpty()) {
            throw new SelectorException(css,
                    "selector '%s' matched no links on %s (check the page layout)".formatted(css, pageUrl));
        }
        if (items.isEmpty()) {
            throw new SelectorException(css,
                    "selector '%s' matched %d elements on %s but none links to a web page (check the page layout)"
                            .formatted(css, matched.size(), pageUrl));
        }
        return new ListingPage(List.copyOf(items), next(page, pageUrl, nextPage));
    }

    /**
     * Follows a listing from its first page through its next pages and returns the article links of all, in order
     * and each once. It stops after {@code pageLimit} pages, or when a next page was already read: pagination that
     * leads back is a site's mistake, not a reason to crawl forever.
     */
    public static <E extends Exception> List<URI> collect(URI firstPage, int pageLimit, ListingReader<E> reader)
            throws E {
        if (pageLimit < 1) {
            throw new IllegalArgumentException("page limit must be at least 1, was " + pageLimit);
        }
        URI page = HttpAddresses.parse(firstPage.toString()).orElseThrow(() -> new IllegalArgumentException(
                "listing %s is not an http(s) address".formatted(firstPage)));
        Set<URI> visited = new HashSet<>();
        Set<URI> items = new LinkedHashSet<>();
        while (page != null) {
            visited.add(page);
            ListingPage listing = reader.read(page);
            items.addAll(listing.items());
            URI next = listing.next().orElse(null);
            if (next != null && visited.contains(next)) {
                LOG.info("listing {}: next page {} was already read, stopping there", firstPage, next);
                next = null;
            } else if (next != null && visited.size() >= pageLimit) {
                LOG.info("listing {}: stopped at the limit of {} pages, older items are left out", firstPage,
                        pageLimit);
                next = null;
            }
            page = next;
        }
        return List.copyOf(items);
    }

    /**
     * The fields the title, content and date selectors pick out of an article page, as written; see
     * {@link ArticleFields}.
     *
     * @throws SelectorException when one of these selectors is not valid CSS
     */
    public static ArticleFields article(byte[] html, String contentType, URI url, ListingSelectors selectors)
            throws SelectorException {
        Evaluator title = HtmlPages.compile(selectors.title());
        Evaluator content = HtmlPages.compile(selectors.content());
        Evaluator date = HtmlPages.compile(selectors.date());
        Document page = HtmlPages.parse(html, contentType, url);

        Element titleElement = HtmlPages.select(page, title).first();
        Elements contentElements = HtmlPages.select(page, content);
        Element dateElement = HtmlPages.select(page, date).first();
        return new ArticleFields(
                titleElement == null ? "" : titleElement.text().strip(),
                contentElements.stream().map(Listings::withAbsoluteLinks).collect(Collectors.joining("\n")),
                dateElement == null ? "" : dateOf(dateElement));
    }

    private static Optional<URI> next(Document page, URI pageUrl, Evaluator nextPage) {
        Elements candidates = nextPage != null ? page.select(nextPage) : relNext(page);
        URI self = HttpAddresses.parse(pageUrl.toString()).orElse(pageUrl);
        return candidates.stream()
                .map(HtmlPages::linkOf)
                .flatMap(Optional::stream)
                .filter(link -> !link.equals(self))
                .findFirst();
    }

    // rel holds a list of tokens ("next nofollow"), which an attribute selector cannot match reliably.
    private static Elements relNext(Document page) {
        Elements found = new Elements();
        for (Element element : page.select("link[rel][href], a[rel][href]")) {
            for (String token : element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (token.equals("next")) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    // The content leaves its page, so relative links to images and attachments would lose their base. The
    // document was parsed for this call alone, so rewriting it in place is safe.
    private static String withAbsoluteLinks(Element content) {
        for (String attribute : List.of("href", "src")) {
            for (Element linking : content.select("[" + attribute + "]")) {
                String absolute = linking.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    linking.attr(attribute, absolute);
                }
            }
        }
        return content.outerHtml();
    }

    // <time datetime> and <meta property="article:published_time" content> carry a machine date beside the text.
    private static String dateOf(Element element) {
        for (String attribute : List.of("datetime", "content")) {
            if (!element.attr(attribute).isBlank()) {
                return element.attr(attribute).strip();
            }
        }
        return element.text().strip();
    }
}
