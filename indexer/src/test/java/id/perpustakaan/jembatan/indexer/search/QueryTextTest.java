package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.perpustakaan.jembatan.indexer.search.QueryText.Term;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void readsWordsPhrasesAndExclusions() {
        assertThat(QueryText.parse("beasiswa \"program literasi\" -sma -\"sekolah dasar\"").terms()).containsExactly(
                new Term("beasiswa", false, false),
                new Term("program literasi", true, false),
                new Term("sma", false, true),
                new Term("sekolah dasar", true, true));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertThat(QueryText.parse("jadwal \"posyandu bulan").terms())
                .containsExactly(new Term("jadwal", false, false), new Term("posyandu bulan", true, false));
    }

    @Test
    void queryLanguageIsPlainText() {
        assertThat(QueryText.parse("\" OR *:*").terms()).containsExactly(new Term("OR *:*", true, false));
        assertThat(QueryText.parse("{\"match_all\":{}}").terms()).containsExactly(new Term("match_all", true, false));
        assertThat(QueryText.parse("title:beasiswa AND ktp~2").terms()).extracting(Term::text)
                .containsExactly("title:beasiswa", "AND", "ktp~2");
    }

    @Test
    void dropsWhatHasNoLetterOrDigit() {
        assertThat(QueryText.parse("*:* - -- {} \"\"").isEmpty()).isTrue();
    }

    @Test
    void aDashInsideAWordIsPartOfIt() {
        assertThat(QueryText.parse("undang-undang e-ktp").terms()).extracting(Term::text, Term::excluded)
                .containsExactly(tuple("undang-undang", false), tuple("e-ktp", false));
    }

    @Test
    void exclusionsAloneSearchNoWords() {
        assertThat(QueryText.parse("-sma").hasWords()).isFalse();
        assertThat(QueryText.parse("beasiswa -sma").searchedWords()).isEqualTo("beasiswa");
    }

    @Test
    void keepsAtMostThirtyTwoTerms() {
        assertThat(QueryText.parse("kata ".repeat(2_000)).terms()).hasSize(QueryText.MAX_TERMS);
    }

    @Test
    void normalisesPunctuationAroundAWord() {
        assertThat(new Term("Perwako,", false, false).normalised()).isEqualTo("perwako");
        assertThat(new Term("(12/2024)", false, false).normalised()).isEqualTo("12/2024");
    }
}
