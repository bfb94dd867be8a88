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
    }

    /** Windows for the forms with month names, the numeric forms, "… lalu", and day words. */
    record Found(Windows months, Windows years, Windows ago, Windows dayWords) {
    }

    private DateAnchors() {
    }

    static Found in(String text) {
        int[] nonSpace = nonSpacePrefix(text);
        List<int[]> months = new ArrayList<>();
        List<int[]> years = new ArrayList<>();
        List<int[]> ago = new ArrayList<>();
        List<int[]> dayWords = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (Character.isLetter(c)) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                // anchor words have 3 to 9 letters: longer and shorter words are passed without a copy
                String word = end - i < 3 || end - i > 9 ? "" : text.substring(i, end).toLowerCase(Locale.ROOT);
                if (CalendarWords.isMonthName(word)) {
                    months.add(window(nonSpace, i, end));
                } else if (word.equals("lalu")) {
                    ago.add(window(nonSpace, i, end));
                } else if (DAY_WORDS.contains(word)) {
                    dayWords.add(window(nonSpace, i, end));
                }
            } else if (Character.isDigit(c)) {
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (end - i == 4) {
                    years.add(window(nonSpace, i, end));
                }
            }
            i = end;
        }
        return new Found(merged(months), merged(years), merged(ago), merged(dayWords));
    }

    /** {@code prefix[i]}: how many characters of {@code text[0, i)} are not white space. */
    private static int[] nonSpacePrefix(String text) {
        int[] prefix = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            prefix[i + 1] = prefix[i] + (Character.isWhitespace(text.charAt(i)) ? 0 : 1);
        }
        return prefix;
    }

    private static int[] window(int[] nonSpace, int anchorStart, int anchorEnd) {
        return new int[] {firstWithin(nonSpace, anchorStart, BEFORE), lastWithin(nonSpace, anchorEnd, AFTER)};
    }

    /** The smallest index whose distance to {@code from}, in characters other than white space, is at most n. */
    private static int firstWithin(int[] nonSpace, int from, int n) {
        int low = 0;
        int high = from;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (nonSpace[from] - nonSpace[mid] <= n) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The largest index whose distance from {@code from}, in characters other than white space, is at most n. */
    private static int lastWithin(int[] nonSpace, int from, int n) {
        int low = from;
        int high = nonSpace.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (nonSpace[mid] - nonSpace[from] <= n) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static Windows merged(List<int[]> windows) {
        List<int[]> spans = new ArrayList<>();
        for (int[] window : windows) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && window[0] <= last[1]) {
                last[1] = Math.max(last[1], window[1]);
            } else {
                spans.add(window.clone());
            }
        }
        return new Windows(spans);
    }
}
