package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes from the chosen article the blocks that look like furniture after all — link lists, image strips, empty
 * wrappers — keeping every data table (regulation annexes, schedules) even when it is full of links.
 */
final class ConditionalCleaning {

    private static final int PROSE_COMMAS = 10;
    /** A block holding most of the article is the article, whatever its name says ("two-col-sidebar-right"). */
    private static final double MOST = 0.5;
    /** Shorter blocks made of links are "read more", "back to top", pagers; shorter ones without links may be a signature. */
    private static final int SHORT = 25;

    private ConditionalCleaning() {
    }

    static void clean(Element article) {
        int articleLength = ContentSignals.textLength(article);
        List<Element> blocks = article.select("table, ul, ol, dl, div, section, figure, h1, h2, h3, h4, h5, h6");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element block = blocks.get(i);
            if (block != article && block.parent() != null && !insideDataTable(block) && looksLikeFurniture(block)
                    && ContentSignals.textLength(block) <= articleLength * MOST) {
                block.remove();
            }
        }
        for (Element block : article.select("p, div, section, span, li")) {
            if (block != article && block.parent() != null && block.text().isBlank()
                    && block.selectFirst("img, table, br") == null) {
                block.remove();
            }
        }
        removeTrailingHeadings(article);
    }

    /** A heading with nothing after it introduced a block that was removed ("Berita Terkait"). */
    private static void removeTrailingHeadings(Element article) {
        Element heading;
        while ((heading = lastTextHeading(article)) != null) {
            heading.remove();
        }
    }

    private static Element lastTextHeading(Element article) {
        List<Element> elements = article.getAllElements();
        for (int i = elements.size() - 1; i > 0; i--) {
            Element element = elements.get(i);
            if (element.ownText().isBlank() && element.selectFirst("img") == null) {
                continue;
            }
            Element heading = element.closest("h1, h2, h3, h4, h5, h6");
            return heading != null && heading != article && isInside(heading, article) ? heading : null;
        }
        return null;
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeFurniture(Element block) {
        String tag = block.normalName();
        double linkDensity = ContentSignals.linkDensity(block);
        int weight = ContentSignals.classWeight(block);
        if (tag.startsWith("h") && tag.length() == 2) {
            return weight < 0 || linkDensity > 0.33;
        }
        if (tag.equals("table") && isDataTable(block)) {
            return false;
        }
        if (weight < 0) {
            return true;
        }
        String text = ContentSignals.normalisedText(block);
        if (ContentSignals.commas(text) >= PROSE_COMMAS) {
            return false;
        }
        int paragraphs = block.select("p").size();
        int images = block.select("img").size();
        int items = block.select("li").size() - 100;
        int inputs = block.select("input, select, textarea").size();
        boolean isList = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        boolean isFigure = tag.equals("figure") || block.selectFirst("figure") != null;
        if (images > 1 && (double) paragraphs / images < 0.5 && !isFigure) {
            return true;
        }
        if (!isList && items > paragraphs) {
            return true;
        }
        if (inputs > paragraphs / 3) {
            return true;
        }
        if (!isList && !isFigure && text.length() < SHORT && images == 0
                && block.selectFirst("table, pre, code, ul, ol") == null && !block.select("a").isEmpty()) {
            return true;
        }
        if (weight < 25 && linkDensity > (isList ? 0.5 : 0.2)) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }

    private static boolean insideDataTable(Element block) {
        for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("table") && isDataTable(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Tables that carry data rather than lay out a page: headed, captioned, or big enough to be a grid. */
    static boolean isDataTable(Element table) {
        if ("presentation".equals(table.attr("role"))) {
            return false;
        }
        if (table.hasAttr("summary") || table.selectFirst("caption, thead, tfoot, th") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        int rows = table.select("tr").size();
        int columns = table.select("tr").stream().mapToInt(Element::childrenSize).max().orElse(0);
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
