package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's own title: {@code og:title}, else {@code <title>} without the site name that templates append
 * ("Pengumuman Beasiswa | Dinas Pendidikan"), else the first {@code <h1>}. A {@code <title>} that is too short or
 * too long to be an article's own ("Dinas", a whole sentence of keywords) gives way to the page's only {@code <h1>},
 * as Readability does.
 */
final class PageTitle {

    /** Separators only count with spaces around them, so that "Covid-19" or "2024/2025" stay whole. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:»«/·•~]{1,2}\\s+");

    private static final int SHORTEST_OWN_TITLE = 15;
    private static final int LONGEST_OWN_TITLE = 150;

    private PageTitle() {
    }

    static String of(Document page) {
        String siteName = PageMetadata.meta(page, "og:site_name", "application-name");
        String ogTitle = PageMetadata.meta(page, "og:title", "twitter:title");
        if (ogTitle != null) {
            return withoutSiteName(ogTitle, siteName, null, false);
        }
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? null : collapse(h1.text());
        Element titleElement = page.selectFirst("head > title, title");
        if (titleElement != null && !titleElement.text().isBlank()) {
            String title = withoutSiteName(titleElement.text(), siteName, heading, true);
            boolean unlikely = title.length() < SHORTEST_OWN_TITLE || title.length() > LONGEST_OWN_TITLE;
            return unlikely && heading != null && !heading.isEmpty() && page.select("h1").size() == 1 ? heading : title;
        }
        return heading == null || heading.isEmpty() ? null : heading;
    }

    /**
     * Drops the segments that name the site: those equal to the site name when the page gives one; otherwise, for
     * a {@code <title>}, the last segment, unless a segment is exactly the page's heading.
     */
    static String withoutSiteName(String title, String siteName, String heading, boolean dropLastSegment) {
        String whole = collapse(title);
        List<String> segments = new ArrayList<>(Arrays.asList(SEPARATOR.split(whole)));
        if (segments.size() < 2) {
            return whole;
        }
        if (heading != null) {
            for (String segment : segments) {
                if (segment.equalsIgnoreCase(heading)) {
                    return segment;
                }
            }
        }
        if (siteName != null) {
            String site = collapse(siteName).toLowerCase(Locale.ROOT);
            boolean dropped = false;
            if (namesSite(segments.get(segments.size() - 1), site)) {
                segments.remove(segments.size() - 1);
                dropped = true;
            }
            if (segments.size() > 1 && namesSite(segments.get(0), site)) {
                segments.remove(0);
                dropped = true;
            }
            if (dropped && !segments.isEmpty()) {
                return rejoin(whole, segments);
            }
        }
        if (!dropLastSegment) {
            return whole;
        }
        String withoutLast = whole.substring(0, lastSeparatorStart(whole)).strip();
        return withoutLast.isEmpty() ? whole : withoutLast;
    }

    /**
     * Site names come long and short: "Aktuálně.cz - Víte, co se právě děje" in {@code og:site_name} and
     * "Aktuálně.cz" in the title, or "Dinas Pendidikan" and "Dinas Pendidikan Kota Sawahlunto".
     */
    private static boolean namesSite(String segment, String site) {
        String name = segment.toLowerCase(Locale.ROOT);
        return name.equals(site) || name.length() >= 4 && (site.startsWith(name) || name.startsWith(site));
    }

    /** Keeps the page's own separators between the remaining segments, which are contiguous in practice. */
    private static String rejoin(String whole, List<String> segments) {
        int start = whole.indexOf(segments.get(0));
        String last = segments.get(segments.size() - 1);
        int end = whole.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? whole.substring(start, end) : String.join(" - ", segments);
    }

    private static int lastSeparatorStart(String whole) {
        var matcher = SEPARATOR.matcher(whole);
        int start = whole.length();
        while (matcher.find()) {
            start = matcher.start();
        }
        return start;
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
