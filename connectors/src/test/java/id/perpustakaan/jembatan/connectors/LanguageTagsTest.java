package id.perpustakaan.jembatan.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({"id,id", "in,id", "id-ID,id", "ID_id,id", "in-ID,id", "ind,id", "en-US,en", "eng,en", "ms-MY,ms",
            "'id-ID, en',id", "' jv ',jv"})
    void givesTheTwoLetterPrimaryLanguage(String declared, String expected) {
        assertThat(LanguageTags.primary(declared)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "*", "x-klingon", "bahasa Indonesia", "12", "min"})
    void givesNothingForWhatIsNotATwoLetterLanguage(String declared) {
        assertThat(LanguageTags.primary(declared)).isEmpty();
    }

    @Test
    void givesNothingForNoDeclaration() {
        assertThat(LanguageTags.primary(null)).isEmpty();
    }
}
