package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The review pages say everything in both languages, and both files list their keys in one order to compare them. */
class ReviewMessagesTest {

    @Test
    void indonesianAndEnglishHaveTheSameKeysInTheSameOrder() throws IOException {
        List<String> indonesian = keys("review/messages.properties");
        List<String> english = keys("review/messages_en.properties");

        assertThat(indonesian).isNotEmpty().doesNotHaveDuplicates();
        assertThat(english).containsExactlyElementsOf(indonesian);
    }

    private static List<String> keys(String name) throws IOException {
        try (var in = Objects.requireNonNull(ReviewMessagesTest.class.getClassLoader().getResourceAsStream(name),
                name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('='))).toList();
        }
    }
}
