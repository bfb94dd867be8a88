package id.perpustakaan.jembatan.routes.normalise.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

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

    // PDF extractors leave soft hyphens and zero-width characters inside words where the source had them
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    // "Jum'at" and "Jumat" are both common spellings; an apostrophe inside a word must not split it
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2018\u2019]");
    // bullets, separators and ornaments are symbols, not punctuation, but they vary between agencies too
    private static final Pattern PUNCTUATION_OR_SYMBOL = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Fingerprints() {
    }

    public static Fingerprint of(String text) {
        String normalised = normalise(text);
        return new Fingerprint(sha256Hex(normalised), minHash(shingleHashes(normalised)));
    }

    /** NFKC, lower case, punctuation and symbols gone, whitespace folded to single spaces. */
    static String normalise(String text) {
        Objects.requireNonNull(text, "text must not be null; pass \"\" for a document without text");
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = APOSTROPHE.matcher(folded).replaceAll("");
        // a mark between two words separates them: "akhir.Pendaftaran" is two words, not one
        folded = PUNCTUATION_OR_SYMBOL.matcher(folded).replaceAll(" ");
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
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
