package id.perpustakaan.jembatan.routes.normalise.dates;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads the dates in Indonesian announcements: "Senin, 3 Maret 2025 pukul 10.00 WIB", "03/03/2025" (day first),
 * "2025-03-03T10:00:00+07:00", "3 Agt 2025", "Maret 2025", "2 hari yang lalu", "kemarin", and the English forms
 * agencies mix in ("March 3, 2025"). WIB, WITA and WIT are Asia/Jakarta, Asia/Makassar and Asia/Jayapura; a text
 * without a zone is in Asia/Jakarta. Relative forms count from the reference. Impossible dates (31 Februari) are
 * not dates at all rather than rolled over into the next month.
 */
public final class IndonesianDates {

    private static final List<DateForm> FORMS =
            Stream.concat(AbsoluteForms.ALL.stream(), RelativeForms.ALL.stream()).toList();
    private static final List<int[]> WHOLE_TEXT = List.of(new int[] {0, Integer.MAX_VALUE});
    /** Longer than any date expression with its day name, time and zone ("Senin, 31 Desember 2025 pukul …"). */
    private static final int LONGEST = 160;
    private static final Set<String> EDGE_WORDS = Set.of("kemarin", "hari", "besok", "lusa",
            "lalu", "ini", "wib", "wita", "wit");

    private IndonesianDates() {
    }

    /** The date that the whole text is, surrounding whitespace aside; empty when the text is anything else. */
    public static Optional<DateMention> parse(String text, ZonedDateTime reference) {
        Objects.requireNonNull(reference, "reference");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int first = text.length() - text.stripLeading().length();
        int afterLast = text.stripTrailing().length();
        return find(text, reference).stream()
                .filter(mention -> mention.start() == first && mention.end() == afterLast)
                .findFirst();
    }

    /** Every date expression in the text, in reading order, none overlapping another. */
    public static List<DateMention> find(String text, ZonedDateTime reference) {
        Objects.requireNonNull(reference, "reference");
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DateAnchors.Found anchors = DateAnchors.in(text);
        List<Candidate> candidates = new ArrayList<>();
        AbsoluteForms.WITH_MONTH_NAMES.forEach(form -> collect(form, text, anchors.months(), reference, candidates));
        AbsoluteForms.NUMERIC.forEach(form -> collect(form, text, anchors.years(), reference, candidates));
        collect(RelativeForms.AGO, text, anchors.ago(), reference, candidates);
        collect(RelativeForms.DAY_WORD, text, anchors.dayWords(), reference, candidates);
        return longestFirstComers(candidates);
    }

    /**
     * The date expressions of {@link #find} that start inside the given spans, found without reading the rest of the
     * text: for a reader that knows where a date it wants can stand (after "paling lambat", say).
     *
     * @param spans half-open [start, end) ranges of the text, in order
     */
    public static List<DateMention> findStartingIn(String text, ZonedDateTime reference, List<int[]> spans) {
        Objects.requireNonNull(reference, "reference");
        if (text == null || text.isEmpty() || spans.isEmpty()) {
            return List.of();
        }
        // each span is read with room on both sides: before it, for an expression that starts earlier and
        // overlaps it (which the whole text's reading would prefer); after it, for the rest of one that starts in it
        List<int[]> regions = Spans.merged(spans.stream().map(span -> new int[] {Math.max(0, span[0] - LONGEST),
                Math.min(text.length(), span[1] + LONGEST)}).toList());
        DateAnchors.Found anchors = DateAnchors.in(text, regions);
        List<Candidate> candidates = new ArrayList<>();
        AbsoluteForms.WITH_MONTH_NAMES.forEach(form ->
                collect(form, text, anchors.months().within(regions), reference, candidates));
        AbsoluteForms.NUMERIC.forEach(form -> collect(form, text, anchors.years().within(regions), reference,
                candidates));
        collect(RelativeForms.AGO, text, anchors.ago().within(regions), reference, candidates);
        collect(RelativeForms.DAY_WORD, text, anchors.dayWords().within(regions), reference, candidates);
        return longestFirstComers(candidates).stream()
                .filter(mention -> spans.stream().anyMatch(span -> mention.start() >= span[0]
                        && mention.start() < span[1]))
                .toList();
    }

    /**
     * Whether a date expression can begin or end with this word: a month name, a day word ("kemarin", "hari",
     * "besok", "lusa"), "lalu", "ini", or a time zone.
     */
    public static boolean isDateEdgeWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return CalendarWords.isMonthName(lower) || EDGE_WORDS.contains(lower);
    }

    /** {@link #find}'s answer as every form run over the whole text finds it: what the anchors must not change. */
    static List<DateMention> findScanningEverywhere(String text, ZonedDateTime reference) {
        List<Candidate> candidates = new ArrayList<>();
        for (DateForm form : FORMS) {
            collect(form, text, new DateAnchors.Windows(WHOLE_TEXT), reference, candidates);
        }
        return longestFirstComers(candidates);
    }

    /**
     * The form's matches inside the windows. Bounds are transparent, so what a pattern asks of the text before
     * and after it ("not inside a word", "not after No.") still sees the whole text.
     */
    private static void collect(DateForm form, String text, DateAnchors.Windows windows, ZonedDateTime reference,
                                List<Candidate> candidates) {
        Matcher match = form.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] span : windows.spans()) {
            match.region(span[0], Math.min(span[1], text.length()));
            while (match.find()) {
                candidates.add(new Candidate(match.start(), match.end(), form.reader().apply(match, reference)));
            }
        }
    }

    /**
     * Where forms overlap, the one that starts first and, of those, reaches furthest is what the writer meant:
     * "Senin, 3 Maret 2025" rather than the "Maret 2025" inside it.
     */
    private static List<DateMention> longestFirstComers(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<DateMention> mentions = new ArrayList<>();
        int claimedUpTo = 0;
        for (Candidate candidate : candidates) {
            if (candidate.start() >= claimedUpTo) {
                claimedUpTo = candidate.end();
                candidate.mention().ifPresent(mentions::add);
            }
        }
        return List.copyOf(mentions);
    }

    /** A span that looks like a date, with what it reads as (empty for an impossible date). */
    private record Candidate(int start, int end, Optional<DateMention> mention) {
    }
}
