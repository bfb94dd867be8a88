package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void comesBackAsItWent() {
        Cursor cursor = new Cursor(List.of(FieldValue.of(3.25), FieldValue.of(1_735_689_600_000L),
                FieldValue.of("disdik-inbox-1")), 20);
        Cursor back = Cursor.decode(cursor.encode(), 3);
        assertThat(back.seen()).isEqualTo(20);
        assertThat(back.after()).extracting(FieldValue::_get).containsExactly(3.25, 1_735_689_600_000L,
                "disdik-inbox-1");
    }

    @Test
    void aCursorOfAnotherOrderOrMadeUpIsRefused() {
        String twoValues = new Cursor(List.of(FieldValue.of(1L), FieldValue.of("a")), 10).encode();
        assertThatThrownBy(() -> Cursor.decode(twoValues, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not given by this search");
        assertThatThrownBy(() -> Cursor.decode("e30", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("!!!", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("x".repeat(5_000), 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
