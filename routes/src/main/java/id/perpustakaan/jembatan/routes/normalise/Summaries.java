package id.perpustakaan.jembatan.routes.normalise;

/** A short plain-text summary: the opening of the text, cut at a sentence end or, failing that, a word end. */
public final class Summaries {

    private Summaries() {
    }

    public static String of(String text, String title, int maxLength) {
        // only the opening can become the summary: fold the whitespace of that much, not of a whole book
        int opening = Math.min(text.length(), 4 * maxLength + (title == null ? 0 : 2 * title.length()));
        String flat = text.substring(0, opening).replaceAll("\\s+", " ").strip();
        // the text usually starts with the title again; the summary should say something new
        if (title != null && flat.startsWith(title) && flat.length() > title.length() + 20) {
            flat = flat.substring(title.length()).strip();
        }
        if (flat.length() <= maxLength) {
            return flat;
        }
        String window = flat.substring(0, maxLength);
        int sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "));
        if (sentence >= maxLength / 2) {
            return window.substring(0, sentence + 1);
        }
        int word = window.lastIndexOf(' ');
        return (word > 0 ? window.substring(0, word) : window) + "…";
    }
}
