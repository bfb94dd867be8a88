package id.perpustakaan.jembatan.app.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), for showing a librarian what changed between the
 * published revision and the harvested one. Texts beyond {@link #MAX_LINES} lines are compared on their first
 * lines only, and the diff says so: a regulation of thousands of lines must not cost the page seconds.
 */
public final class TextDiff {

    static final int MAX_LINES = 2000;

    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {
    }

    /** @param truncated whether only the first {@link #MAX_LINES} lines of either text were compared */
    public record Result(List<Line> lines, boolean truncated, int added, int removed) {

        public boolean changed() {
            return added > 0 || removed > 0;
        }
    }

    private TextDiff() {
    }

    public static Result of(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        boolean truncated = a.length > MAX_LINES || b.length > MAX_LINES;
        int n = Math.min(a.length, MAX_LINES);
        int m = Math.min(b.length, MAX_LINES);
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new Line(Kind.ADDED, b[j++]));
                added++;
            } else {
                lines.add(new Line(Kind.REMOVED, a[i++]));
                removed++;
            }
        }
        return new Result(lines, truncated, added, removed);
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\\R", -1);
    }
}
