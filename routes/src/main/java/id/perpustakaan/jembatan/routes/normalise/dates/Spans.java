package id.perpustakaan.jembatan.routes.normalise.dates;

import java.util.ArrayList;
import java.util.List;

/** Half-open ranges [start, end) of a text, as the readers that look for dates only in places pass them around. */
public final class Spans {

    private Spans() {
    }

    /** The spans with those that overlap or touch made one; the input ordered by start, left unchanged. */
    public static List<int[]> merged(List<int[]> byStart) {
        List<int[]> merged = new ArrayList<>();
        for (int[] span : byStart) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }
}
