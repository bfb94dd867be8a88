package id.perpustakaan.jembatan.routes.normalise.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes the {@link Fingerprint} of a document's text.
 *
 * <p>The normalisation, the shingle size, the signature length and the seeds together form one scheme:
 * changing any of them makes new fingerprints incomparable with stored ones, so a change means
 * recomputing every stored fingerprint.
 */
public final class Fingerprints {

    /**
     * Words per shingle. Measured on a re-posted announcement and on the same template for another
     * programme (see {@code DuplicateIndexTest}): from one to five words the re-post's similarity barely
     * moves (0.80 to 0.75), because changed boilerplate is what separates it, while the other programme's
     * falls from 0.52 to 0.26 as stock phrases of officialese stop matching on their own. Beyond five it
     * falls little further, and each edited word would spoil more shingles.
     */
    public static final int SHINGLE_WORDS = 5;

    /** Hash functions per signature; the estimate's standard error is then about 0.04 between 0.5 and 0.8. */
    public static final int SIGNATURE_LENGTH = 128;

    // "JEMBATAN" in ASCII: any fixed value would do, as long as it never changes
    private static final long[] SEEDS = SplitMix64.sequence(0x4A454D424154414EL, SIGNATURE_LENGTH);

    private static final long FNV_OFFSET_BASIS = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private Fingerprints() {
    }

    public static Fingerprint of(String text) {
        String normalised = normalise(text);
        return new Fingerprint(sha256Hex(normalised), minHash(shingleHashes(normalised)));
    }

    /**
     * NFKC, lower case, punctuation and symbols gone, whitespace folded to single spaces; in one pass over the code
     * points (four regular expressions over the whole text cost a twentieth of a document's normalisation).
     * Invisible format characters (soft hyphens, zero-width spaces that PDF extractors leave inside words) and
     * apostrophes ("Jum'at" is "Jumat") are dropped; a mark between two words separates them ("akhir.Pendaftaran"
     * is two words); bullets, separators and ornaments are symbols, not punctuation, but vary between agencies too.
     */
    static String normalise(String text) {
        Objects.requireNonNull(text, "text must not be null; pass \"\" for a document without text");
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder normalised = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT || c == '\'' || c == '\u2018' || c == '\u2019') {
                continue;
            }
            if (isPunctuationOrSymbol(type) || isWhiteSpace(c, type)) {
                pendingSpace = normalised.length() > 0;
                continue;
            }
            if (pendingSpace) {
                normalised.append(' ');
                pendingSpace = false;
            }
            normalised.appendCodePoint(c);
        }
        return normalised.toString();
    }

    private static boolean isPunctuationOrSymbol(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Unicode's White_Space, as {@code \\s} with {@code UNICODE_CHARACTER_CLASS} reads it. */
    private static boolean isWhiteSpace(int c, int type) {
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || c >= 0x9 && c <= 0xd || c == 0x85;
    }

    /**
     * One hash per shingle of {@link #SHINGLE_WORDS} consecutive words; a text shorter than that is one
     * shingle of all its words, so that it can still be compared. Shingles are hashed from their words'
     * hashes rather than built as strings, because a document has hundreds of them.
     */
    static long[] shingleHashes(String normalised) {
        if (normalised.isEmpty()) {
            return new long[0];
        }
        String[] words = normalised.split(" ");
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = wordHash(words[i]);
        }
        int width = Math.min(SHINGLE_WORDS, words.length);
        long[] shingles = new long[words.length - width + 1];
        for (int start = 0; start < shingles.length; start++) {
            long hash = width;
            for (int i = start; i < start + width; i++) {
                hash = SplitMix64.mix(hash ^ wordHashes[i]);
            }
            shingles[start] = hash;
        }
        return shingles;
    }

    /** FNV-1a over the UTF-16 units, finished with a mix so that similar words land far apart. */
    private static long wordHash(String word) {
        long hash = FNV_OFFSET_BASIS;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        return SplitMix64.mix(hash);
    }

    /**
     * For each seed, the least of {@code mix(shingle ^ seed)} over all shingles. Two texts agree at a
     * position with probability equal to the Jaccard similarity of their shingle sets; repeated shingles
     * count once, as in a set.
     */
    private static long[] minHash(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] signature = new long[SIGNATURE_LENGTH];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIGNATURE_LENGTH; i++) {
                long permuted = SplitMix64.mix(shingle ^ SEEDS[i]);
                if (permuted < signature[i]) {
                    signature[i] = permuted;
                }
            }
        }
        return signature;
    }

    private static String sha256Hex(String normalised) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
