package id.perpustakaan.jembatan.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A citizen's query in the portal's syntax: words, {@code "quoted phrases"} and {@code -exclusions} (of a word or
 * a phrase). Nothing else is an operator: {@code *}, {@code :}, {@code OR}, braces and the like are plain text,
 * and the analyzer drops what is not a word. An unclosed quote runs to the end of the query.
 *
 * @param terms in the order written
 */
public record QueryText(List<Term> terms) {

    /** More terms than this are not searched: no citizen writes them, and each one is a clause. */
    public static final int MAX_TERMS = 32;

    /**
     * One word or phrase.
     *
     * @param text     as written (a phrase without its quotes)
     * @param phrase   written in quotes: its words must appear together, in order
     * @param excluded written with a leading {@code -}: documents containing it are left out
     */
    public record Term(String text, boolean phrase, boolean excluded) {

        /** Lower case, without the punctuation around a word ("Perwako," is "perwako"). */
        public String normalised() {
            return strip(text.toLowerCase(Locale.ROOT));
        }
    }

    public QueryText {
        terms = List.copyOf(terms);
    }

    public static QueryText parse(String q) {
        List<Term> terms = new ArrayList<>();
        if (q == null) {
            return new QueryText(terms);
        }
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        boolean excluded = false;
        for (int i = 0; i < q.length() && terms.size() < MAX_TERMS; i++) {
            char c = q.charAt(i);
            if (c == '"') {
                add(terms, current, inPhrase, excluded);
                inPhrase = !inPhrase;
                excluded = inPhrase && excluded;
            } else if (!inPhrase && Character.isWhitespace(c)) {
                add(terms, current, false, excluded);
                excluded = false;
            } else if (!inPhrase && c == '-' && current.isEmpty() && !excluded) {
                excluded = true;
            } else {
                current.append(c);
            }
        }
        add(terms, current, inPhrase, excluded);
        return new QueryText(terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms);
    }

    private static void add(List<Term> terms, StringBuilder current, boolean phrase, boolean excluded) {
        String text = current.toString().strip();
        current.setLength(0);
        if (!text.isEmpty() && !strip(text).isEmpty()) {
            terms.add(new Term(text, phrase, excluded));
        }
    }

    /** Whether any term asks for something (exclusions alone only narrow everything). */
    public boolean hasWords() {
        return terms.stream().anyMatch(term -> !term.excluded());
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The words and phrases searched for, without exclusions, lower case: what a spelling check looks at. */
    public String searchedWords() {
        return String.join(" ", terms.stream().filter(term -> !term.excluded()).map(Term::normalised).toList());
    }

    /** The text without what is neither letter nor digit at either end. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }
}
