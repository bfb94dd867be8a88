package id.perpustakaan.jembatan.routes.errors;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DeadLetter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RepeatedRefusalsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private final RepeatedRefusals repeats = new RepeatedRefusals(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theFirstRefusalIsWrittenAndTheSameAgainIsCounted() {
        assertThat(repeats.isNew(letter("not a feed: the document is HTML (<html>)"))).isTrue();
        assertThat(repeats.of(letter("not a feed: the document is HTML (<html>)"))).isEmpty();

        assertThat(repeats.isNew(letter("not a feed: the document is HTML (<html>)"))).isFalse();
        assertThat(repeats.isNew(letter("not a feed: the document is HTML (<html>)"))).isFalse();

        assertThat(repeats.of(letter("not a feed: the document is HTML (<html>)")))
                .contains(new RepeatedRefusals.Tally(2, NOW));
    }

    @Test
    void anotherReasonIsNews() {
        repeats.isNew(letter("not a feed: the document is HTML (<html>)"));

        assertThat(repeats.isNew(letter("malformed feed: XML document structures must start and end within the"
                + " same entity. (line 9)"))).isTrue();
    }

    @Test
    void onceTheItemIsAcceptedTheSameRefusalIsNewsAgain() {
        repeats.isNew(letter("not a feed: the document is HTML (<html>)"));

        repeats.resolved("disdik-feed", "https://disdik.example.go.id/feed");

        assertThat(repeats.isNew(letter("not a feed: the document is HTML (<html>)"))).isTrue();
    }

    private static DeadLetter letter(String reason) {
        return new DeadLetter("disdik-feed", "https://disdik.example.go.id/feed", null, null, "feed", reason, null,
                Instant.parse("2026-12-04T02:00:00Z"));
    }
}
