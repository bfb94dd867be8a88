package id.perpustakaan.jembatan.routes.normalise.validity;

import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.dates.Precision;
import id.perpustakaan.jembatan.routes.normalise.dates.Spans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words after which a date is the end of a period. This is the one list of them; an agency's new wording is
 * one more line here.
 *
 * <p>A <b>deadline</b> phrase names the end itself, so a few words may stand between it and the date, within the
 * same sentence:
 * <ul>
 *   <li>{@code berlaku sampai (dengan) / hingga / s.d.} — "Pengumuman ini berlaku sampai dengan 30 Juni 2025"</li>
 *   <li>{@code batas akhir}, {@code batas waktu} — "Batas akhir pendaftaran: Jumat, 28 Maret 2025"</li>
 *   <li>{@code tenggat (waktu)} — "Tenggat waktu pengumpulan 14 April 2025"</li>
 *   <li>{@code paling lambat} — "dikirim paling lambat tanggal 15 April 2025 pukul 23.59 WITA"</li>
 *   <li>{@code selambat-lambatnya} — "diserahkan selambat-lambatnya 20 Mei 2025"</li>
 *   <li>{@code ditutup}, {@code berakhir} — "Pendaftaran ditutup pada 31 Maret 2025"</li>
 * </ul>
 *
 * <p>A <b>connective</b> only joins the start of a period to its end, so the date must follow at once, allowing
 * only "dengan", "tanggal", "tgl.", "pada", "hari" or "akhir" in between; otherwise "sampai jumpa pada 3 Maret"
 * would be a deadline:
 * <ul>
 *   <li>{@code sampai (dengan)}, {@code sampai tanggal} — "Pendaftaran dibuka 1 Maret sampai 31 Maret 2025"</li>
 *   <li>{@code hingga} — "dibuka hingga akhir Maret 2025"</li>
 *   <li>{@code s.d.}, {@code s/d} — "Pendaftaran 1 s.d. 14 Maret 2025"</li>
 * </ul>
 *
 * <p>A <b>range</b> ends at its second date: "1–14 Maret 2025", "1 Maret 2025 – 14 Maret 2025".
 */
final class DeadlinePhrases {

    private static final List<Phrase> PHRASES = List.of(
            deadline("berlaku\\s+(?:sampai(?:\\s+dengan)?|hingga|s\\.\\s?d\\.?|s/d)"),
            deadline("batas\\s+(?:akhir|waktu)"),
            deadline("tenggat(?:\\s+waktu)?"),
            deadline("paling\\s+lambat"),
            deadline("selambat-?lambatnya"),
            deadline("ditutup"),
            deadline("berakhir"),
            connective("sampai(?:\\s+dengan)?"),
            connective("hingga"),
            connective("s\\.\\s?d\\.?"),
            connective("s/d"));

    /** The words the phrases start with ("s" of "s.d." and "s/d"). */
    private static final List<String> FIRST_WORDS = List.of("berlaku", "batas", "tenggat", "paling", "selambat",
            "selambatlambatnya", "ditutup", "berakhir", "sampai", "hingga", "s");

    /** Long enough for "batas akhir pengumpulan berkas lamaran adalah hari", short enough to stay in the clause. */
    private static final int DEADLINE_REACH = 40;

    private static final int LOOK_BACK = 80;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;](?:\\s|$)|\\n\\s*\\n", FLAGS);

    private static final Pattern CONNECTIVE_FILLER =
            Pattern.compile("[\\s,:]*(?:(?:dengan|tanggal|tgl\\.?|pada|hari|akhir)[\\s,:]*)*", FLAGS);

    private static final Pattern DASH = Pattern.compile("\\s*[-–—]\\s*");

    private static final Pattern DAY_AND_DASH = Pattern.compile("(?<![\\p{N}.,:/])(\\d{1,2})\\s*[-–—]\\s*$", FLAGS);

    private DeadlinePhrases() {
    }

    /**
     * Whether a deadline phrase ("paling lambat", "berlaku sampai dengan"…) names the mention. Only the text
     * since the previous
     * mention counts, so a phrase never reaches past one date to the next, and an "s.d." inside a time range
     * ("pukul 08.00 s.d. 12.00") is part of its mention, not a deadline.
     */
    static boolean followsAPhrase(String text, DateMention previous, DateMention mention) {
        return follows(before(text, previous, mention));
    }

    /** Whether the mention is the second date of a range ("1–14 Maret 2025", "1 Maret – 14 Maret 2025"). */
    static boolean endsARange(String text, DateMention previous, DateMention mention) {
        return endsARange(text, before(text, previous, mention), previous, mention);
    }

    /**
     * Where in the text a date that ends a period can start, and the date before it that bounds what is read before
     * it: from {@link #LOOK_BACK} characters before each phrase to as far after it as the phrase reaches, and around
     * each dash that may join two dates (a range). Half-open spans, in order, merged; dates elsewhere cannot count.
     */
    static List<int[]> whereDeadlinesCanStand(String text) {
        List<int[]> spans = new ArrayList<>();
        // one pass over the words; a phrase's pattern runs only where one of its first words stands. The phrase is
        // looked for in the text after the previous date, so a date glued to its start ("2025tenggat") does not
        // hide it there: nor here
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (startsAPhrase(text, i, end)) {
                for (Phrase phrase : PHRASES) {
                    Matcher match = phrase.anywhere().matcher(text).region(i, text.length())
                            .useTransparentBounds(true);
                    if (match.lookingAt()) {
                        spans.add(new int[] {Math.max(0, i - LOOK_BACK),
                                Math.min(text.length(), match.end() + LOOK_BACK)});
                    }
                }
            }
            i = end;
        }
        for (int dash = 0; dash < text.length(); dash++) {
            char c = text.charAt(dash);
            if (c == '-' || c == '–' || c == '—') {
                int after = dash + 1;
                while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                if (mayJoinTwoDates(text, dash, after)) {
                    spans.add(new int[] {Math.max(0, dash - LOOK_BACK), Math.min(text.length(), after + 1)});
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        return Spans.merged(spans);
    }

    private static boolean startsAPhrase(String text, int start, int end) {
        for (String word : FIRST_WORDS) {
            if (word.length() == end - start && text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dash between two letters joins the halves of a word ("anak-anak", "selambat-lambatnya") unless a date's first
     * or last word meets it ("2 hari yang lalu–kemarin", "Maret–April 2025").
     */
    private static boolean mayJoinTwoDates(String text, int start, int end) {
        if (start == 0 || end == text.length() || !Character.isLetter(text.charAt(start - 1))
                || !Character.isLetter(text.charAt(end))) {
            return true;
        }
        int wordStart = start;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return IndonesianDates.isDateEdgeWord(text.substring(wordStart, start))
                || IndonesianDates.isDateEdgeWord(text.substring(end, wordEnd));
    }

    private static String before(String text, DateMention previous, DateMention mention) {
        int since = previous == null ? 0 : previous.end();
        return text.substring(Math.max(since, mention.start() - LOOK_BACK), mention.start());
    }

    private static boolean follows(String before) {
        for (Phrase phrase : PHRASES) {
            Matcher match = phrase.pattern().matcher(before);
            while (match.find()) {
                if (phrase.reachesOver(before.substring(match.end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsARange(String text, String before, DateMention previous, DateMention mention) {
        if (previous != null && DASH.matcher(text.substring(previous.end(), mention.start())).matches()) {
            return true;
        }
        Matcher dayRange = DAY_AND_DASH.matcher(before);
        return dayRange.find()
                && mention.precision() == Precision.DAY
                && Character.isDigit(text.charAt(mention.start()))
                && Integer.parseInt(dayRange.group(1)) < mention.value().getDayOfMonth();
    }

    private static Phrase deadline(String regex) {
        return new Phrase(compile(regex), anywhere(regex), true);
    }

    private static Phrase connective(String regex) {
        return new Phrase(compile(regex), anywhere(regex), false);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    private static Pattern anywhere(String regex) {
        return Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    /** @param anywhere the phrase even where a word or number before it is glued to it */
    private record Phrase(Pattern pattern, Pattern anywhere, boolean namesTheEnd) {

        boolean reachesOver(String gap) {
            if (namesTheEnd) {
                return gap.length() <= DEADLINE_REACH && !SENTENCE_BREAK.matcher(gap).find();
            }
            return CONNECTIVE_FILLER.matcher(gap).matches();
        }
    }
}
