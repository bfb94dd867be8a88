package id.perpustakaan.jembatan.indexer.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QueryMaskingTest {

    @Test
    void masksPersonalNumbersAndAddresses() {
        assertThat(QueryMasking.mask("cek NIK 1372012345670001")).isEqualTo("cek nik [nomor]");
        assertThat(QueryMasking.mask("hubungi 0812-3456-7890")).isEqualTo("hubungi [nomor]");
        assertThat(QueryMasking.mask("wa +62 812 3456 7890 ya")).isEqualTo("wa [nomor] ya");
        assertThat(QueryMasking.mask("siti.rahma@contoh.co.id bantuan")).isEqualTo("[email] bantuan");
        assertThat(QueryMasking.mask("a@b.cd.x")).isEqualTo("[email].x");
    }

    @Test
    void keepsYearsAndRegulationNumbers() {
        assertThat(QueryMasking.mask("  Perwako 12   2024 ")).isEqualTo("perwako 12 2024");
        assertThat(QueryMasking.mask("SE 800/123/Disdik/2024")).isEqualTo("se 800/123/disdik/2024");
        assertThat(QueryMasking.mask("email@ saja, @twitter")).isEqualTo("email@ saja, @twitter");
    }

    @Test
    void cutsLongQueries() {
        assertThat(QueryMasking.mask("a".repeat(5_000))).hasSize(QueryMasking.MAX_LENGTH);
    }

    /** The patterns the scanner replaced; on short texts they are quick and say what the scanner must do. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[ \\t.\\-]?\\d){7,}");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+\\.\\p{L}{2,}");

    @Test
    void masksAsThePatternsWouldOnRandomTexts() {
        Random random = new Random(20261204);
        String alphabet = "ab1234567890.-@ +\t_x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(QueryMasking.emails(input)).as("emails in '%s'", input)
                    .isEqualTo(EMAIL.matcher(input).replaceAll("[email]"));
            assertThat(QueryMasking.longNumbers(input)).as("numbers in '%s'", input)
                    .isEqualTo(LONG_NUMBER.matcher(input).replaceAll("[nomor]"));
        }
    }

    @Test
    void takesLinearTimeOnHostileTexts() {
        String[] hostile = {
                "a".repeat(1_000_000),
                "a.".repeat(500_000),
                "a@".repeat(500_000),
                "1 ".repeat(500_000) + "x",
                "1-1.".repeat(250_000),
                ("x".repeat(50) + "@" + "b.".repeat(50)).repeat(10_000),
        };
        for (String text : hostile) {
            long started = System.nanoTime();
            QueryMasking.mask(text);
            // a backtracking pattern needed minutes for 40,000 characters; one pass over a million takes milliseconds
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
