package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes from a page everything that is never its content: code, navigation, headers and footers, sidebars,
 * share bars, comments, adverts, cookie notices and what the page hides.
 */
final class Boilerplate {

    private static final String NEVER_CONTENT = "script, style, noscript, template, link, meta, iframe, frame, "
            + "frameset, object, embed, applet, canvas, svg, math, button, input, select, textarea, label, dialog, "
            + "nav, aside, footer, header";

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Forms are search boxes and comment forms, unless a site wraps its whole page in one (ASP.NET does). */
    private static final double FORM_IS_PAGE = 0.5;
    private static final double MOST = 0.5;

    private Boilerplate() {
    }

    /**
     * @param byName whether to judge elements by their class, id and role too; a page whose template names its
     *               article's wrappers like furniture ("widget Blog") loses its article that way, and is then read
     *               again without
     */
    static void remove(Document page, boolean byName) {
        Element body = page.body();
        removeComments(body);
        body.select(NEVER_CONTENT).remove();
        int bodyLength = ContentSignals.textLength(body);
        for (Element form : body.select("form")) {
            if (ContentSignals.textLength(form) < bodyLength * FORM_IS_PAGE) {
                form.remove();
            } else {
                form.unwrap();
            }
        }
        bodyLength = ContentSignals.textLength(body);
        for (Element element : body.getAllElements()) {
            if (element != body && element.parent() != null
                    && (isHidden(element) || byName && isFurniture(element) && !holdsMostOf(element, bodyLength))) {
                element.remove();
            }
        }
    }

    /** Layout wrappers named after the sidebar beside the article ("two-col-sidebar-right") hold the article too. */
    private static boolean holdsMostOf(Element element, int bodyLength) {
        return ContentSignals.textLength(element) > bodyLength * MOST;
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    /**
     * Judged on class, id and role; an element that holds an article, or whose name also says content
     * ("sidebar-content"), stays, so that the scoring decides.
     */
    static boolean isFurniture(Element element) {
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (ContentSignals.FURNITURE_ROLES.contains(role)) {
            return true;
        }
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")
                || tag.equals("table") || tag.equals("tbody") || tag.equals("tr") || tag.equals("td")
                || element.closest("table, pre, code") != null) {
            return false;
        }
        String names = ContentSignals.classAndId(element);
        if (names.isBlank() || !ContentSignals.FURNITURE.matcher(names).find()
                || ContentSignals.MAYBE_CONTENT.matcher(names).find()) {
            return false;
        }
        return element.selectFirst("article, main, [itemprop=articleBody]") == null;
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
    }
}
