package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text the way a reader sees it: blocks as paragraphs separated by blank lines, list
 * items and table rows on lines of their own, table cells separated by " | ".
 */
final class PlainText implements NodeVisitor {

    private static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
            "address", "center", "details", "summary");
    private static final Set<String> LINE_BLOCKS = Set.of("li", "tr", "dt", "dd", "figcaption", "caption", "br");
    private static final String CELL_SEPARATOR = " | ";

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak;
    private boolean pendingCell;

    private PlainText() {
    }

    static String of(Element root) {
        PlainText text = new PlainText();
        NodeTraversor.traverse(text, root);
        return text.out.toString().strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode);
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                pendingCell = true;
            } else {
                requestBreak(tag);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && !element.normalName().equals("br")) {
            requestBreak(element.normalName());
        }
    }

    private void requestBreak(String tag) {
        if (PARAGRAPH_BLOCKS.contains(tag)) {
            pendingBreak = 2;
        } else if (LINE_BLOCKS.contains(tag)) {
            pendingBreak = Math.max(pendingBreak, 1);
        }
    }

    private void append(TextNode textNode) {
        Element parent = textNode.parent();
        boolean preformatted = parent != null && parent.closest("pre") != null;
        String text = preformatted ? textNode.getWholeText() : textNode.text().replaceAll("\\s+", " ");
        if (text.isBlank()) {
            if (!out.isEmpty() && pendingBreak == 0 && !pendingCell && !endsWithSpace()) {
                out.append(' ');
            }
            return;
        }
        if (pendingBreak > 0 && !out.isEmpty()) {
            trimTrailingSpaces();
            out.append(pendingBreak == 2 ? "\n\n" : "\n");
            text = text.stripLeading();
        } else if (pendingCell && !out.isEmpty()) {
            trimTrailingSpaces();
            out.append(CELL_SEPARATOR);
            text = text.stripLeading();
        } else if (out.isEmpty() || endsWithSpace()) {
            text = text.stripLeading();
        }
        pendingBreak = 0;
        pendingCell = false;
        out.append(text);
    }

    private boolean endsWithSpace() {
        char last = out.charAt(out.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void trimTrailingSpaces() {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
