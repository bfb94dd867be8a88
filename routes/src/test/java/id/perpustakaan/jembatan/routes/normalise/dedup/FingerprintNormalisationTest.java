package id.perpustakaan.jembatan.routes.normalise.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Stored fingerprints stay comparable only while the normalisation gives the same text: the one-pass normalisation
 * must equal the scheme as first written, four regular expressions in a row, on every kind of character.
 */
class FingerprintNormalisationTest {

    private static final String ALPHABET = "abcXYZ 019 \t\n\r\u000B\f\u0085\u00A0\u2007\u202F\u2028\u3000"
            + "'\u2018\u2019\"\u201C.,;:!?-–—()[]{}/\\_@#%&*+=<>|~^`$€¥©®°•·…\u00AD\u200B\u200D\uFEFF"
            + "éÉñÑ\u0301ﬁ①Ⅻ²½ŉİıẞß\uD83D\uDE00\uD83D\uDCDA\uD835\uDC00";

    @Test
    void givesWhatTheFourExpressionsGaveOnRandomTexts() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(ALPHABET.length());
                // supplementary characters are taken whole
                if (Character.isHighSurrogate(ALPHABET.charAt(at)) && at + 1 < ALPHABET.length()) {
                    text.append(ALPHABET, at, at + 2);
                } else if (!Character.isLowSurrogate(ALPHABET.charAt(at))) {
                    text.append(ALPHABET.charAt(at));
                }
            }
            assertThat(Fingerprints.normalise(text.toString())).as("'%s'", text)
                    .isEqualTo(asFirstWritten(text.toString()));
        }
    }

    @Test
    void givesWhatTheFourExpressionsGaveOnAnnouncements() {
        for (String name : new String[] {Announcements.SCHOLARSHIP_ORIGINAL, Announcements.SCHOLARSHIP_REPOST,
            Announcements.OTHER_PROGRAMME}) {
            assertThat(Fingerprints.normalise(Announcements.text(name))).isEqualTo(asFirstWritten(Announcements.text(name)));
        }
    }

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2018\u2019]");
    private static final Pattern PUNCTUATION_OR_SYMBOL = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static String asFirstWritten(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = APOSTROPHE.matcher(folded).replaceAll("");
        folded = PUNCTUATION_OR_SYMBOL.matcher(folded).replaceAll(" ");
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }
}
