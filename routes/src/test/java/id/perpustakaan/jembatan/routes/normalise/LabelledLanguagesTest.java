package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.routes.normalise.LabelledTexts.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The project's labelled texts ({@code labelled-languages/} and the other Indonesian fixtures): a text of a page or
 * more is never given a wrong language, and of the shorter ones, which may fairly go unnamed, few are. The
 * benchmark ({@code LanguagesBenchmark}) prints the same per language and kind, with the shared corpus's texts.
 */
class LabelledLanguagesTest {

    private static final int LONG = 1_000;
    private static final double MOST_WRONG = 0.05;

    @Test
    void namesTheLanguageOfTheLabelledTextsOrNothing() {
        Languages languages = new Languages();
        List<String> wrong = new ArrayList<>();
        List<String> wrongLong = new ArrayList<>();
        int named = 0;
        int right = 0;
        List<Text> texts = LabelledTexts.own();
        for (Text text : texts) {
            Optional<String> found = languages.of(text.text());
            if (found.orElse("").equals(text.expected())) {
                right++;
            } else if (found.isPresent()) {
                (text.text().length() >= LONG ? wrongLong : wrong).add(text.name() + " -> " + found.get());
            }
            named += found.isPresent() ? 1 : 0;
        }

        System.out.printf("Labelled languages: %d texts, %d right, %d named wrong, %d unnamed%n", texts.size(), right,
                wrong.size() + wrongLong.size(), texts.size() - right - wrong.size() - wrongLong.size());
        assertThat(wrongLong).as("texts of %d characters or more", LONG).isEmpty();
        assertThat((double) wrong.size() / named).as("share of wrong names: %s", wrong).isLessThanOrEqualTo(MOST_WRONG);
    }
}
