package id.perpustakaan.jembatan.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void tagsAreTrimmedKeptOnceAndBounded() {
        assertThat(SearchParameters.tags(null)).isEmpty();
        assertThat(SearchParameters.tags(Arrays.asList(" Saringan ", "", "Saringan", "Balita")))
                .containsExactly("Saringan", "Balita");
        List<String> many = IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        assertThatThrownBy(() -> SearchParameters.tags(many)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("21 tags given; at most 20 are filtered by");
        assertThatThrownBy(() -> SearchParameters.tags(List.of(String.join("", Collections.nCopies(101, "a")))))
                .hasMessage("a tag of 101 characters; at most 100");
    }
}
