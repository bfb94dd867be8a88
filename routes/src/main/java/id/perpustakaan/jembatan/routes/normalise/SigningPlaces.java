package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.normalise.dates.Spans;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in a text the date of a signature can start: within {@link #REACH} characters after the words that
 * introduce one ("pada tanggal", "ditetapkan di", "diundangkan di") or after a line that opens with a place and a
 * comma ("Sawahlunto, 3 Maret 2025"). Found in one pass over the characters, so that dates are read only there
 * (reading every date of a text cost a sixth of a document's normalisation).
 */
final class SigningPlaces {

    /** How far before a date {@code DatesStep} looks for the words of a signature. */
    static final int REACH = 60;

    private static final List<String> OPENINGS = List.of("pada tanggal", "ditetapkan di", "diundangkan di");

    /** The longest place a line may open with before its comma, with room to spare. */
    private static final int LONGEST_PLACE = 40;

    private SigningPlaces() {
    }

    /** Half-open spans of the text, in order and merged. */
    static List<int[]> in(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (opensASignature(text, i)) {
                spans.add(new int[] {i, Math.min(text.length(), i + REACH + 1)});
            }
        }
        return Spans.merged(spans);
    }

    private static boolean opensASignature(String text, int at) {
        char c = text.charAt(at);
        if (c == '\n') {
            return opensWithAPlace(text, at + 1);
        }
        // every opening starts with "p" or "d": most characters are passed at this one comparison
        char lower = Character.toLowerCase(c);
        if (lower != 'p' && lower != 'd') {
            return false;
        }
        for (String opening : OPENINGS) {
            if (text.regionMatches(true, at, opening, 0, opening.length())) {
                return true;
            }
        }
        return false;
    }

    /** A letter, then letters and spaces, then a comma. */
    private static boolean opensWithAPlace(String text, int start) {
        if (start >= text.length() || !Character.isLetter(text.charAt(start))) {
            return false;
        }
        int i = start + 1;
        while (i < text.length() && i - start <= LONGEST_PLACE
                && (Character.isLetter(text.charAt(i)) || text.charAt(i) == ' ')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }
}
