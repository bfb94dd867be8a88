package id.perpustakaan.jembatan.model;

/**
 * Text from outside (a dropped file's name, a parser's message) made fit for one log line or one line of a reason
 * file: control characters, line and paragraph separators and bidirectional overrides are written as escapes
 * ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), so that a name can neither start a forged log line nor
 * reorder what is printed after it.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unprintable(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * As {@link #of}, cut to {@code max} characters with an ellipsis: for what a stranger typed (an account name at
     * sign-in), which must not flood the log either.
     */
    public static String of(String text, int max) {
        String printable = of(text);
        return printable.length() <= max ? printable : printable.substring(0, max) + "…";
    }

    static boolean unprintable(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'
                // embeddings, overrides and isolates: they reorder the rest of the line on a terminal
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
