package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegulationCitationTest {

    private static final Synonyms SYNONYMS = new SynonymsFile(null, Clock.systemUTC()).get();

    @Test
    void kindNumberAndYear() {
        RegulationCitation citation = find("perwako 12 2024").orElseThrow();
        assertThat(citation.nomor()).isEqualTo("12");
        assertThat(citation.tahun()).isEqualTo(2024);
        assertThat(citation.jenis()).contains("perwako", "perwali", "peraturan wali kota");
    }

    @Test
    void theWaysPeopleWriteIt() {
        assertThat(find("perda nomor 3 tahun 2019").orElseThrow()).extracting(RegulationCitation::nomor,
                RegulationCitation::tahun).containsExactly("3", 2019);
        assertThat(find("perwali 12/2024").orElseThrow().tahun()).isEqualTo(2024);
        assertThat(find("peraturan daerah no 7 th 2021").orElseThrow().jenis()).contains("perda");
    }

    @Test
    void numbersWithoutAYearAreNoCitation() {
        assertThat(find("jadwal posyandu 12")).isEmpty();
        assertThat(find("beasiswa 2024")).isEmpty();
    }

    private static Optional<RegulationCitation> find(String query) {
        List<String> words = Arrays.asList(query.split(" "));
        return RegulationCitation.find(words, SYNONYMS);
    }
}
