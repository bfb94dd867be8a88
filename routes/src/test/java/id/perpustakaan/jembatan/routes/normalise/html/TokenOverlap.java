package id.perpustakaan.jembatan.routes.normalise.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token precision, recall and F1 between extracted and expected text: lowercased words, compared as multisets.
 * Chinese and Japanese are written without spaces, so each of their characters counts as a word; otherwise a
 * whole sentence would be one token and a single extra character would cost the sentence.
 */
record TokenOverlap(double precision, double recall) {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    static TokenOverlap between(String extracted, String expected) {
        Map<String, Integer> extractedTokens = tokens(extracted);
        Map<String, Integer> expectedTokens = tokens(expected);
        int overlap = 0;
        for (var entry : extractedTokens.entrySet()) {
            overlap += Math.min(entry.getValue(), expectedTokens.getOrDefault(entry.getKey(), 0));
        }
        int extractedCount = count(extractedTokens);
        int expectedCount = count(expectedTokens);
        return new TokenOverlap(extractedCount == 0 ? 0 : (double) overlap / extractedCount,
                expectedCount == 0 ? 0 : (double) overlap / expectedCount);
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> tokens = new HashMap<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.merge(matcher.group(), 1, Integer::sum);
        }
        return tokens;
    }

    private static int count(Map<String, Integer> tokens) {
        return tokens.values().stream().mapToInt(Integer::intValue).sum();
    }
}
