package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The measurements that tell an article from the furniture around it: what class names and ids promise,
 * how much of an element's text is links, how many commas its prose has.
 */
final class ContentSignals {

    /** Names that site templates give to the furniture around an article (English and Indonesian). */
    static final Pattern FURNITURE = Pattern.compile(
            "(?i)navigation|\\bnav|menu|sidebar|side-bar|breadcrumb|share|sharing|social|comment|komentar|related"
                    + "|terkait|advert|iklan|\\bads?\\b|\\bad-|sponsor|cookie|consent|gdpr|footer|\\bfoot\\b|banner"
                    + "|masthead|popup|modal|newsletter|subscribe|pagination|pager|skip-?link|disqus|outbrain"
                    + "|taboola|shoutbox|widget|trending|populer|popular|most-read|\\btags?\\b|tagcloud"
                    + "|\\bprint\\b|toolbar|jump-?to|byline-?share|signup|login|promo");

    /** Names that, beside a furniture name, show the element may still hold the article ("sidebar-content"). */
    static final Pattern MAYBE_CONTENT = Pattern.compile(
            "(?i)\\band\\b|article|artikel|body|column|content|konten|\\bmain\\b|shadow|\\bisi\\b");

    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|artikel|body|content|konten|entry|hentry|h-entry|\\bmain\\b|page|post|text|blog|story"
                    + "|\\bisi\\b|berita|detail");

    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)hidden|\\bhid\\b|banner|combx|comment|komentar|com-|contact|\\bfoot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|terkait|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
                    + "|shopping|\\btags?\\b|widget|iklan|advert|nav|menu|breadcrumb|social|byline|author|caption");

    static final Set<String> FURNITURE_ROLES = Set.of("navigation", "menu", "menubar", "complementary", "banner",
            "contentinfo", "search", "dialog", "alertdialog", "alert");

    private static final Pattern COMMAS = Pattern.compile("[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]");

    private ContentSignals() {
    }

    static String classAndId(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    }

    /** +25 for names that promise an article, -25 for names that promise furniture; both may apply. */
    static int classWeight(Element element) {
        int weight = 0;
        String className = element.className();
        if (!className.isEmpty()) {
            weight += NEGATIVE.matcher(className).find() ? -25 : 0;
            weight += POSITIVE.matcher(className).find() ? 25 : 0;
        }
        String id = element.id();
        if (!id.isEmpty()) {
            weight += NEGATIVE.matcher(id).find() ? -25 : 0;
            weight += POSITIVE.matcher(id).find() ? 25 : 0;
        }
        return weight;
    }

    /** The share of an element's text that sits inside links; in-page anchors weigh less, as they rarely lead away. */
    static double linkDensity(Element element) {
        int length = textLength(element);
        if (length == 0) {
            return 0;
        }
        double linked = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            linked += textLength(link) * coefficient;
        }
        return linked / length;
    }

    static int textLength(Element element) {
        return normalisedText(element).length();
    }

    static String normalisedText(Element element) {
        return element.text().strip();
    }

    static int commas(String text) {
        int count = 0;
        var matcher = COMMAS.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
