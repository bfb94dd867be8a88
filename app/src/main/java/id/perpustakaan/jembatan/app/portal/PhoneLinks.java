package id.perpustakaan.jembatan.app.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Makes Indonesian telephone numbers in text tappable ({@code tel:} links), the way agencies write them:
 * "0754-61234", "(0754) 61234", "0812-3456-7890", "+62 812 3456 7890". Works on parsed HTML, text node by text
 * node, so markup is never cut; numbers already in a link are left alone.
 *
 * <p>What looks like a number but is not a telephone (dates "03-03-2025", times "08.00-12.00", regulation numbers,
 * amounts, NIK and NIP) is told apart by its shape: a telephone starts with 0 and an area or mobile code (2-9), with
 * "(0…)" or with +62, and has 8 to 12 digits after the trunk 0 or the country code.
 */
final class PhoneLinks {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w+/.,-])(?:\\+62[ .-]?|\\(0[2-9]\\d{1,3}\\) ?|0(?=[2-9]))\\d{1,12}(?:[ .-]\\d{2,5}){0,3}"
                    + "(?![\\w/]|[.,-]\\d)");
    private static final int FEWEST_DIGITS = 8;
    private static final int MOST_DIGITS = 12;

    private PhoneLinks() {
    }

    /** The {@code tel:} address of a number as written, or empty when it is not an Indonesian telephone number. */
    static Optional<String> tel(String written) {
        String digits = written.replaceAll("\\D", "");
        String national = written.strip().startsWith("+62") ? digits.substring(2)
                : digits.startsWith("0") ? digits.substring(1) : null;
        if (national == null || national.startsWith("0") || national.length() < FEWEST_DIGITS
                || national.length() > MOST_DIGITS) {
            return Optional.empty();
        }
        return Optional.of("tel:+62" + national);
    }

    /** Links every telephone number in the element's text, outside links. */
    static void link(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !insideLink(text)) {
                texts.add(text);
            }
        }, root);
        texts.forEach(PhoneLinks::link);
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    private static void link(TextNode text) {
        String whole = text.getWholeText();
        Matcher matcher = CANDIDATE.matcher(whole);
        List<Node> parts = new ArrayList<>();
        int from = 0;
        while (matcher.find()) {
            Optional<String> tel = tel(matcher.group());
            if (tel.isEmpty()) {
                continue;
            }
            if (matcher.start() > from) {
                parts.add(new TextNode(whole.substring(from, matcher.start())));
            }
            parts.add(new Element("a").attr("href", tel.get()).text(matcher.group()));
            from = matcher.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (from < whole.length()) {
            parts.add(new TextNode(whole.substring(from)));
        }
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }
}
