package id.perpustakaan.jembatan.routes.normalise.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where in a text a date can be, found in one pass over its words, so that the date forms' patterns run only there
 * instead of at every character (running every form over a whole text cost about a microsecond a character, a
 * quarter of a document's normalisation). Every date has a word it cannot be written without: a month name, a year
 * of four digits, "lalu", or a day word ("kemarin", "hari ini", "besok", "lusa"). Around each such anchor a window
 * reaches as far as a date containing it can reach, counted in characters other than white space (a date's words
 * may be separated by any run of spaces and line breaks); overlapping windows are merged.
 */
final class DateAnchors {

    /** The longest a date can reach before or after its anchor word, white space aside, with room to spare. */
    private static final int BEFORE = 48;
    private static final int AFTER = 96;

    private static final Set<String> DAY_WORDS = Set.of("kemarin", "hari", "besok", "lusa");

    /** Half-open spans [start, end) of the text, in order and disjoint. */
    record Windows(List<int[]> spans) {

        /** These windows cut to the given regions (half-open, in order). */
        Windows within(List<int[]> regions) {
            List<int[]> cut = new ArrayList<>();
            int r = 0;
            for (int[] span : spans) {
                while (r < regions.size() && regions.get(r)[1] <= span[0]) {
                    r++;
                }
                for (int i = r; i < regions.size() && regions.get(i)[0] < span[1]; i++) {
                    int start = Math.max(span[0], regions.get(i)[0]);
                    int end = Math.min(span[1], regions.get(i)[1]);
                    if (start < end) {
                        cut.add(new int[] {start, end});
                    }
                }
            }
            return new Windows(cut);
        }
    }

    /** Windows for the forms with month names, the numeric forms, "… lalu", and day words. */
    record Found(Windows months, Windows years, Windows ago, Windows dayWords) {
    }

    private DateAnchors() {
    }

    static Found in(String text) {
        return in(text, List.of(new int[] {0, text.length()}));
    }

    /** The anchors of the words inside the regions (half-open, in order and disjoint), and their windows. */
    static Found in(String text, List<int[]> regions) {
        List<int[]> months = new ArrayList<>();
        List<int[]> years = new ArrayList<>();
        List<int[]> ago = new ArrayList<>();
        List<int[]> dayWords = new ArrayList<>();
        for (int[] region : regions) {
            int i = region[0];
            // a word cut by the region's start is not read from its middle
            while (i > 0 && i < region[1] && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            anchors(text, i, Math.min(region[1], text.length()), months, years, ago, dayWords);
        }
        return new Found(merged(months), merged(years), merged(ago), merged(dayWords));
    }

    private static void anchors(String text, int from, int to, List<int[]> months, List<int[]> years,
                                List<int[]> ago, List<int[]> dayWords) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int end = i + 1;
            if (Character.isLetter(c)) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                // anchor words have 3 to 9 letters: longer and shorter words are passed without a copy
                String word = end - i < 3 || end - i > 9 ? "" : text.substring(i, end).toLowerCase(Locale.ROOT);
                if (CalendarWords.isMonthName(word)) {
                    months.add(window(text, i, end));
                } else if (word.equals("lalu")) {
                    ago.add(window(text, i, end));
                } else if (DAY_WORDS.contains(word)) {
                    dayWords.add(window(text, i, end));
                }
            } else if (Character.isDigit(c)) {
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (end - i == 4) {
                    years.add(window(text, i, end));
                }
            }
            i = end;
        }
    }

    private static int[] window(String text, int anchorStart, int anchorEnd) {
        return new int[] {firstWithin(text, anchorStart, BEFORE), lastWithin(text, anchorEnd, AFTER)};
    }

    /** The smallest index whose distance to {@code from}, in characters other than white space, is at most n. */
    private static int firstWithin(String text, int from, int n) {
        int i = from;
        int counted = 0;
        while (i > 0) {
            int next = counted + (Character.isWhitespace(text.charAt(i - 1)) ? 0 : 1);
            if (next > n) {
                break;
            }
            counted = next;
            i--;
        }
        return i;
    }

    /** The largest index whose distance from {@code from}, in characters other than white space, is at most n. */
    private static int lastWithin(String text, int from, int n) {
        int i = from;
        int counted = 0;
        while (i < text.length()) {
            int next = counted + (Character.isWhitespace(text.charAt(i)) ? 0 : 1);
            if (next > n) {
                break;
            }
            counted = next;
            i++;
        }
        return i;
    }

    private static Windows merged(List<int[]> windows) {
        return new Windows(Spans.merged(windows));
    }
}
