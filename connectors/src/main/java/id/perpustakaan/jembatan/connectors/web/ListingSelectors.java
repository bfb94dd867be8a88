package id.perpustakaan.jembatan.connectors.web;

/**
 * The CSS selectors a librarian gives for one website source.
 *
 * @param itemLinks the links to the articles on a listing page, e.g. {@code article h2 a}; an element without an
 *                  {@code href} (an article card) stands for the first link inside it
 * @param nextPage  the link to the next listing page, e.g. {@code a.next}; when absent the page's
 *                  {@code rel="next"} link is used
 * @param title     the article's title on an article page
 * @param content   the article's body on an article page
 * @param date      the article's date on an article page, read as written
 */
public record ListingSelectors(String itemLinks, String nextPage, String title, String content, String date) {

    public ListingSelectors {
        if (itemLinks == null || itemLinks.isBlank()) {
            throw new IllegalArgumentException("the item-links selector is required (e.g. 'article h2 a')");
        }
        itemLinks = itemLinks.strip();
        nextPage = given(nextPage);
        title = given(title);
        content = given(content);
        date = given(date);
    }

    /** Selectors for a listing whose next page is announced with {@code rel="next"}. */
    public static ListingSelectors items(String itemLinks) {
        return new ListingSelectors(itemLinks, null, null, null, null);
    }

    // A blank value in a source's configuration means "not given", the same as a missing one.
    private static String given(String selector) {
        return selector == null || selector.isBlank() ? null : selector.strip();
    }
}
