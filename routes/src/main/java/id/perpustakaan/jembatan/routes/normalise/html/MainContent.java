package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's article. A page that marks its article ({@code itemprop=articleBody},
 * {@code <article>}, {@code <main>}) is taken at its word; otherwise every stretch of prose votes for the
 * containers around it, weighted by its length and commas, and the container with the most votes and the fewest
 * links wins, joined by the siblings that look like more of the same article.
 */
final class MainContent {

    private static final int MIN_PARAGRAPH = 25;
    private static final int MIN_MARKED_ARTICLE = 200;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int ALTERNATIVES = 5;
    private static final int ALTERNATIVES_TO_MERGE = 3;

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LOOSE_TEXT_HOLDERS = Set.of("div", "section", "article", "main", "font",
            "center", "span", "body");
    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del",
            "dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike",
            "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br");
    /** A layout cell holding paragraphs is a container, not a paragraph. */
    private static final String BLOCKS = "p, div, table, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, pre";
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private MainContent() {
    }

    /** Below this many characters, an article is more likely lost with the furniture than really that short. */
    private static final int SHORT_ARTICLE = 500;

    /** Returns the article element of a copy of {@code page}; the page itself is left as it is. */
    static Element extract(Document page) {
        Element article = extract(page.clone(), true);
        int length = ContentSignals.textLength(article);
        if (length >= SHORT_ARTICLE) {
            return article;
        }
        Element withoutJudgingNames = extract(page.clone(), false);
        return ContentSignals.textLength(withoutJudgingNames) > length ? withoutJudgingNames : article;
    }

    private static Element extract(Document page, boolean judgeNames) {
        Boilerplate.remove(page, judgeNames);
        Element marked = markedArticle(page);
        Element article = marked != null ? marked : new MainContent().byScore(page);
        ConditionalCleaning.clean(article);
        return article;
    }

    private static Element markedArticle(Document page) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = page.body().select(selector).stream()
                    .max(Comparator.comparingInt(MainContent::proseLength))
                    .orElse(null);
            if (best != null && proseLength(best) >= MIN_MARKED_ARTICLE) {
                return best;
            }
        }
        return null;
    }

    private static int proseLength(Element element) {
        int length = 0;
        for (Element paragraph : element.select("p, pre, li, td, blockquote")) {
            length += paragraph.ownText().length();
        }
        return Math.max(length, looseText(element).length());
    }

    private Element byScore(Document page) {
        Element body = page.body();
        for (Element element : body.getAllElements()) {
            String text = paragraphText(element);
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + ContentSignals.commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                int divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + score / divider, Double::sum);
            }
        }
        if (scores.isEmpty()) {
            return body;
        }
        scores.replaceAll((element, score) -> score * (1 - ContentSignals.linkDensity(element)));
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = ranked.get(0);
        top = unifyAlternatives(top, ranked);
        top = climbWhileScoreRises(top);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return withSiblings(top);
    }

    /** Initial scores are added once, the first time a container is seen; later votes only add their share. */
    private double initialScore(Element ancestor) {
        if (scores.containsKey(ancestor)) {
            return 0;
        }
        double score = switch (ancestor.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + ContentSignals.classWeight(ancestor);
    }

    /**
     * Prose that votes: a paragraph-like element's text, or the text that a container holds directly, outside
     * its child blocks (sites that write articles as text and {@code <br>} inside a {@code <div>}).
     */
    private static String paragraphText(Element element) {
        String tag = element.normalName();
        if (tag.equals("td") && element.selectFirst(BLOCKS) != null) {
            return looseText(element);
        }
        if (PARAGRAPHS.contains(tag)) {
            return ContentSignals.normalisedText(element);
        }
        if (LOOSE_TEXT_HOLDERS.contains(tag) && !tag.equals("body")
                && !(tag.equals("span") && element.closest("p") != null)) {
            return looseText(element);
        }
        return "";
    }

    static String looseText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element inline && INLINE.contains(inline.normalName())) {
                text.append(inline.text());
            }
        }
        return text.toString().strip();
    }

    /** Several strong candidates under one ancestor are parts of one article that the template split up. */
    private Element unifyAlternatives(Element top, List<Element> ranked) {
        double topScore = scores.get(top);
        List<Element> alternatives = ranked.stream().skip(1).limit(ALTERNATIVES)
                .filter(e -> scores.get(e) >= topScore * 0.75)
                .toList();
        if (alternatives.size() < ALTERNATIVES_TO_MERGE) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body");
                ancestor = ancestor.parent()) {
            Element candidate = ancestor;
            long inside = alternatives.stream().filter(a -> a == candidate || isInside(a, candidate)).count();
            if (inside >= ALTERNATIVES_TO_MERGE) {
                return ancestor;
            }
        }
        return top;
    }

    private Element climbWhileScoreRises(Element top) {
        double last = scores.getOrDefault(top, 0.0);
        double floor = last / 3;
        for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
                parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < floor) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return top;
    }

    private Element withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || isMoreOfTheArticle(sibling, top, topScore, threshold)) {
                kept.add(sibling);
            }
        }
        if (kept.size() == 1) {
            return top;
        }
        Element article = new Element("div");
        top.before(article);
        kept.forEach(article::appendChild);
        return article;
    }

    private boolean isMoreOfTheArticle(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = ContentSignals.normalisedText(sibling);
        double linkDensity = ContentSignals.linkDensity(sibling);
        if (text.length() > 80) {
            return linkDensity < 0.25;
        }
        return !text.isEmpty() && linkDensity == 0 && SENTENCE_END.matcher(text).find();
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
