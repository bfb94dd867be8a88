package id.perpustakaan.jembatan.connectors.web;

/**
 * What a source's selectors pick out of an article page, as written on the page. A field is empty, never null,
 * when its selector is not given or matches nothing.
 *
 * @param title       the text of the first element the title selector matches
 * @param contentHtml the HTML of every element the content selector matches, its links made absolute
 * @param date        the first date element's {@code datetime} (or a meta tag's {@code content}), else its text;
 *                    parsed later by the date step
 */
public record ArticleFields(String title, String contentHtml, String date) {

    public ArticleFields {
        title = title == null ? "" : title;
        contentHtml = contentHtml == null ? "" : contentHtml;
        date = date == null ? "" : date;
    }
}
