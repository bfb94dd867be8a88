package id.perpustakaan.jembatan.routes.normalise;

/** A short plain-text summary: the opening of the text, cut at a sentence end or, failing that, a word end. */
public final class Summaries {

    private Summaries() {
    }

    public static String of(String text, String title, int maxLength) {
        String flat = text.replaceAll("\\s+", " ").strip();
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
