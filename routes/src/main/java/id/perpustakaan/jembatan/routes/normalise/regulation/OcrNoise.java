package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what OCR of a scanned regulation typically gets wrong where it matters for reading it: stray marks from
 * the seal and the letterhead rule ("^", "{iB", "|", "~"), and letters read for digits in numbers and years
 * ("2O11", "l2"). Offsets change, so what is cleaned is read on its own, never mapped back onto the original.
 */
final class OcrNoise {

    /** A mark no regulation prints, with the one or two letters OCR glued to it ("{iB", "^a"). */
    private static final Pattern MARK_WITH_LETTERS = Pattern.compile("(?U)[\\^{}~|«»¥§¤]+\\p{L}{0,2}(?!\\p{L})");
    private static final Pattern MARK = Pattern.compile("[\\^{}~|«»¥§¤]+");

    /** A run of digits and the letters that look like them, with at least one real digit: "2O11", "2OO9", "l2". */
    private static final Pattern NUMBER_LIKE =
            Pattern.compile("(?<![\\p{L}\\d])(?=[OoIl]*\\d)[\\dOoIl]{2,}(?![\\p{L}\\d])");

    private OcrNoise() {
    }

    static String clean(String text) {
        String unmarked = MARK.matcher(MARK_WITH_LETTERS.matcher(text).replaceAll("")).replaceAll("");
        Matcher number = NUMBER_LIKE.matcher(unmarked);
        StringBuilder cleaned = new StringBuilder(unmarked.length());
        while (number.find()) {
            String digits = number.group().replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1');
            number.appendReplacement(cleaned, digits);
        }
        number.appendTail(cleaned);
        return cleaned.toString();
    }
}
