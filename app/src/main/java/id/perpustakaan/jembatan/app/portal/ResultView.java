package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.indexer.search.SearchResult;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * One result as the list shows it.
 *
 * @param title   the title, with the searched words marked when the title matched
 * @param snippet the text around the searched words, or the summary when the text did not match
 * @param sourceUrl the page the agency published it on ({@code null} when there is none, or it is not a web
 *                  address); {@code sourceHost} names it
 * @param originalHref downloads the archived original, {@code null} without one; {@code originalLabel} says what
 *                     it is ("pengumuman.pdf (PDF, 120 KB)")
 * @param urgent    serta merta information, marked as such
 * @param lang      the language of its title and snippet when it is not the page's, else {@code null}
 * @param deadline  until when it is valid ("31 Jan 2027"), empty when it has no end; {@code daysLeft} counts the
 *                  days to it in WIB, and {@code expired} says it has passed
 * @param event     when and where, for an event (its end is its validity: the event says it instead), else
 *                  {@code null}
 */
record ResultView(String href, SafeHtml title, String agency, String kind, String date, String isoDate,
                  SafeHtml snippet, String sourceUrl, String sourceHost, String originalHref, String originalLabel,
                  boolean urgent, String lang, String deadline, String deadlineIso, long daysLeft, boolean expired,
                  EventView event) {

    private static final String ELLIPSIS = " … ";

    static ResultView of(SearchResult.Hit hit, Function<String, String> agencyNames, DisplayFormat format,
                         Clock clock) {
        List<String> highlights = new ArrayList<>(hit.highlights());
        SafeHtml title = SafeHtml.text(hit.title());
        // the search puts the title's highlight first, whole, when the title matched
        if (!highlights.isEmpty() && hit.title() != null
                && Jsoup.parse(highlights.get(0)).text().equals(hit.title().strip().replaceAll("\\s+", " "))) {
            title = SafeHtml.highlight(highlights.remove(0));
        }
        SafeHtml snippet = highlights.isEmpty()
                ? SafeHtml.textWithPhones(hit.summary())
                : SafeHtml.snippet(String.join(ELLIPSIS, highlights));
        Deadline deadline = Deadline.of(hit.validUntil(), clock);
        String sourceUrl = SafeHtml.webAddress(hit.url());
        return new ResultView(DocumentPageController.href(hit.id()), title,
                hit.agency() == null ? "" : agencyNames.apply(hit.agency().code()),
                hit.kind() == null ? "OTHER" : hit.kind().name(),
                format.date(hit.publishedAt()), DisplayFormat.isoDate(hit.publishedAt()), snippet,
                sourceUrl, sourceUrl == null ? null : URI.create(sourceUrl).getHost(),
                hit.originalFileName() == null ? null : DocumentPageController.originalHref(hit.id()),
                hit.originalFileName() == null ? null : hit.originalFileName() + " ("
                        + format.file(hit.originalFileName(), hit.originalSize()) + ")", hit.urgent(),
                format.contentLanguage(hit.language()),
                deadline == null ? "" : format.shortDate(deadline.day()),
                deadline == null ? "" : deadline.day().toString(),
                deadline == null ? 0 : deadline.daysLeft(), deadline != null && deadline.expired(),
                EventView.of(hit.event(), format.locale(), clock));
    }
}
