package id.perpustakaan.jembatan.indexer.analytics;

import java.util.Locale;

/**
 * What of a query may be kept for the library's evaluation. Citizens sometimes type their NIK, a phone number or an
 * e-mail address into a search box; those are replaced by a placeholder before anything is written. Years,
 * regulation numbers and other short numbers stay.
 *
 * <p>The text is anonymous input, so it is read in one pass with no regular expression: each character is looked
 * at a bounded number of times, whatever the text (a backtracking pattern took minutes on 40,000 characters).
 */
final class QueryMasking {

    static final int MAX_LENGTH = 200;
    /** eight digits or more make a NIK, a phone or an account number */
    private static final int MIN_PERSONAL_DIGITS = 8;

    private QueryMasking() {
    }

    static String mask(String query) {
        if (query == null) {
            return "";
        }
        String masked = collapseSpaces(longNumbers(emails(query))).toLowerCase(Locale.ROOT);
        return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH);
    }

    /**
     * Each {@code local@domain.tld} becomes {@code [email]}. The local part runs left from an {@code @} and the
     * domain right from it, neither past another {@code @}, so every character is scanned at most twice.
     */
    static String emails(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > copied && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            int end = domainEnd(text, at + 1);
            if (start < at && end > 0) {
                out.append(text, copied, start).append("[email]");
                copied = end;
                at = end - 1;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Where a domain starting at {@code from} ends: after its last {@code .} followed by two letters or more, with
     * at least one character before that dot; -1 when there is no such end.
     */
    private static int domainEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDomain(text.charAt(end))) {
            end++;
        }
        int letters = 0;
        for (int i = end - 1; i > from; i--) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == '.' && letters >= 2) {
                return i + 1 + letters;
            } else {
                letters = 0;
            }
        }
        return -1;
    }

    /**
     * Runs of eight digits or more become {@code [nomor]}, allowing one space, dot or dash between digits as
     * people type phone numbers and NIKs ({@code 0812-3456-7890}), and a leading {@code +}.
     */
    static String longNumbers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i > 0 && text.charAt(i - 1) == '+' ? i - 1 : i;
            int digits = 0;
            int end = i;
            while (end < text.length()) {
                if (isDigit(text.charAt(end))) {
                    digits++;
                    end++;
                } else if (isSeparator(text.charAt(end)) && end + 1 < text.length() && isDigit(text.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            if (digits >= MIN_PERSONAL_DIGITS) {
                out.setLength(out.length() - (i - start));
                out.append("[nomor]");
            } else {
                out.append(text, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '.' || c == '-';
    }
}
