package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regulations a text revokes, from the two formulas of Indonesian drafting: "… Nomor 7 Tahun 1971 tentang …
 * dicabut dan dinyatakan tidak berlaku" (the revoked ones come before, in the same sentence or list) and
 * "Mencabut Keputusan Wali Kota … Nomor …" (they come right after).
 *
 * <p>Only these formulas count: "izin dapat dicabut" or "pengadu dianggap mencabut pengaduannya" revoke no
 * regulation, and a regulation cited in a revoked one's subject ("tentang Pelaksanaan Undang-Undang Nomor 43 …")
 * is not revoked with it.
 */
final class Revocations {

    private static final Pattern REVOKED_BEFORE = Pattern.compile(
            "(?i)\\bdicabut\\s+dan\\s+(?:dinyatakan\\s+)?tidak\\s+berlaku\\b|\\bdinyatakan\\s+dicabut\\b");
    private static final Pattern REVOKED_AFTER = Pattern.compile("(?i)\\bmencabut\\b");

    /**
     * A full stop before a capital after a word or a closing bracket, or any full stop that ends a line. "No. 2" and
     * list markers ("a. Peraturan", "2. Peraturan") end no sentence, and ";" ends list items, not the sentence
     * that lists them.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?U)(?<=\\p{Ll}\\p{Ll}|\\))\\.(?=\\s+\\p{Lu})|(?<=[\\p{L}\\d)])\\.(?=[ \\t]*(?:\\R|\\z))");
    private static final Pattern PASAL_HEADING = Pattern.compile("(?m)^[ \\t]*Pasal\\s+\\d+\\p{L}?[ \\t]*$");

    /** What separates the citations of a list; a "tentang" after the last of these opens a subject. */
    private static final Pattern ITEM_BREAK = Pattern.compile("(?iU);|\\n|\\)|\\bsebagaimana\\b|\\bdan\\b");
    private static final Pattern TENTANG = Pattern.compile("(?iU)\\btentang\\b");

    /** Before "mencabut", list markers and colons may stand between the verb and the first citation. */
    private static final Pattern LEAD_IN = Pattern.compile("(?U)[\\s:]*(?:(?:\\d{1,2}|\\p{Ll})[.)]\\s+)?");

    private static final int MAX_SENTENCE = 3_000;

    private Revocations() {
    }

    static List<Citation> in(String text) {
        List<Citation> revoked = new ArrayList<>();
        Matcher before = REVOKED_BEFORE.matcher(text);
        while (before.find()) {
            int start = sentenceStart(text, before.start());
            revoked.addAll(listed(text.substring(start, before.start())));
        }
        Matcher after = REVOKED_AFTER.matcher(text);
        while (after.find()) {
            Matcher leadIn = LEAD_IN.matcher(text).region(after.end(), text.length());
            leadIn.lookingAt();
            if (Citations.at(text, leadIn.end()).isPresent()) {
                revoked.addAll(listed(text.substring(after.end(), sentenceEnd(text, after.end()))));
            }
        }
        return revoked;
    }

    private static List<Citation> listed(String passage) {
        List<Citation> listed = new ArrayList<>();
        for (Citations.Found found : Citations.in(passage)) {
            if (!insideASubject(passage, found.start())) {
                listed.add(found.citation());
            }
        }
        return listed;
    }

    private static boolean insideASubject(String passage, int citationStart) {
        String before = passage.substring(0, citationStart);
        int lastTentang = lastMatchEnd(TENTANG, before);
        return lastTentang >= 0 && lastTentang > lastMatchEnd(ITEM_BREAK, before);
    }

    private static int lastMatchEnd(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int last = -1;
        while (matcher.find()) {
            last = matcher.end();
        }
        return last;
    }

    private static int sentenceStart(String text, int at) {
        int from = Math.max(0, at - MAX_SENTENCE);
        Matcher end = SENTENCE_END.matcher(text).region(from, at).useTransparentBounds(true).useAnchoringBounds(false);
        int start = from;
        while (end.find()) {
            start = end.end();
        }
        // a blank line or a new Pasal ends the passage even where no full stop does
        int paragraph = Math.max(text.lastIndexOf("\n\n", at), lastPasalHeading(text, from, at));
        return Math.max(start, paragraph);
    }

    private static int lastPasalHeading(String text, int from, int to) {
        Matcher heading = PASAL_HEADING.matcher(text).region(from, to).useAnchoringBounds(false);
        int last = -1;
        while (heading.find()) {
            last = heading.end();
        }
        return last;
    }

    private static int sentenceEnd(String text, int from) {
        int to = Math.min(text.length(), from + MAX_SENTENCE);
        Matcher end = SENTENCE_END.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        return end.find() ? end.start() : to;
    }
}
