package id.perpustakaan.jembatan.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything: a key missing from one would show as a key on its pages. */
class MessagesTest {

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Properties indonesian = load("messages_id.properties");
        Properties english = load("messages_en.properties");

        assertThat(indonesian).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
        assertThat(load("messages.properties")).as("the base bundle stays empty: every word is in a language")
                .isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
